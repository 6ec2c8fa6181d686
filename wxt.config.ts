import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './storage/news-sites';

/** The browser's own API object, which the content script's first stage uses instead of the polyfill. */
const NATIVE_BROWSER_API = resolve('entrypoints/incident-lens.content/native-browser.ts');

/**
 * Loads the webextension polyfill (a UMD script) as an ES module that exports its `module.exports`.
 * Why: imported as CommonJS, the bundle's interop copies every own property of the polyfill's export
 * onto a namespace object at load. Where the browser has its own `browser` object (Firefox, and
 * Chromium since it added one) the polyfill exports that object itself, and reading each property's
 * descriptor makes the browser build every extension API binding (windows, action, …): measured in
 * the worker's start, ~110 ms of its bundle evaluation under load (README Performance). The
 * polyfill's own code runs unchanged: its UMD header finds `exports` and fills `module`.
 */
function polyfillAsEsModule() {
  return {
    name: 'incident-lens:polyfill-as-es-module',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/.test(id)) return null;
      return { code: `var module = { exports: {} }; var exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

/** The content script's entry (its first stage), whose WXT wrapper {@link minimalContentScriptEntry} replaces. */
const CONTENT_SCRIPT_ENTRY = resolve('entrypoints/incident-lens.content/index.ts');

/**
 * Replaces WXT's wrapper around the content script's entry with a call of its `main`, whose result
 * (a promise) is the script's result. Why: WXT's wrapper builds its content-script context in the
 * script's own task, on every listed page (an id, an AbortController, a DOM event the page can
 * hear, a listener, and the extension API binding its event names need), for a context the script
 * does not use: its stages run on a sealed one made a task later (sealed-context.ts), and the
 * script's own task should only schedule (README Performance). WXT's wrapper also initialises its
 * runtime plugins, of which this project has none.
 */
function minimalContentScriptEntry() {
  const wrapper = `\0virtual:wxt-content-script-isolated-world-entrypoint?`;
  return {
    name: 'incident-lens:minimal-content-script-entry',
    enforce: 'pre' as const,
    load(id: string) {
      if (!id.startsWith(wrapper) || resolve(id.slice(wrapper.length)) !== CONTENT_SCRIPT_ENTRY) return null;
      return `import definition from ${JSON.stringify(CONTENT_SCRIPT_ENTRY)};\nexport default definition.main();\n`;
    },
  };
}

/**
 * `WXT_MODULE_SIZES=dir npx wxt build` writes, per output file, each bundled module's rendered size
 * before minification, largest first (dir/background.js.txt …): what a bundle is made of, to see what
 * its size and evaluation are spent on (README Performance). Off in ordinary builds.
 */
function moduleSizes(dir: string | undefined) {
  return {
    name: 'incident-lens:module-sizes',
    generateBundle(_options: unknown, bundle: Record<string, { modules?: Record<string, { renderedLength: number }> }>) {
      if (!dir) return;
      mkdirSync(dir, { recursive: true });
      for (const [file, chunk] of Object.entries(bundle)) {
        if (!chunk.modules) continue;
        const rows = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
        const lines = rows.map(([id, module]) => `${module.renderedLength}\t${relative(process.cwd(), id)}`);
        writeFileSync(resolve(dir, `${file.replaceAll('/', '_')}.txt`), `${lines.join('\n')}\n`);
      }
    },
  };
}

/**
 * Build configuration. Permissions are the minimum the features use:
 * - storage, unlimitedStorage: the clipping library (IndexedDB) and drafts; unlimitedStorage keeps the
 *   browser from evicting the library.
 * - activeTab + scripting: analyse any page on demand when the user opens the popup.
 * - contextMenus: "Add selection as fact".
 * Host access to news sites is granted by the content-script `matches`; other sites are optional
 * host permissions, asked for one origin at a time ("always run on this site") or all at once (options).
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Scratch output of developers and benchmarks is not source.
  zip: { excludeSources: ['tmp/**', 'coverage/**'] },
  vite: () => ({
    plugins: [preact(), polyfillAsEsModule(), moduleSizes(process.env.WXT_MODULE_SIZES)],
  }),
  hooks: {
    // The content script's matches: the news list is added here rather than in its entrypoint, where
    // it would be bundled into the first stage (entrypoints/incident-lens.content/index.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      const script = manifest.content_scripts?.find((entry) => entry.js?.includes('content-scripts/incident-lens.js'));
      if (!script) throw new Error('wxt.config.ts: the content script incident-lens is not in the manifest.');
      script.matches = [...new Set([...(script.matches ?? []), ...CONTENT_MATCHES])];
    },
    // The content script and its first stage run on every listed page, so they leave the polyfill
    // out (its evaluation was ~1–2 ms of each page's first task): `wxt/browser` is the browser's own
    // API object in those bundles only. The second stage and every other entrypoint keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'incident-lens' || entry.name === 'incident-lens-first')) return;
      config.plugins = [
        ...(config.plugins ?? []),
        minimalContentScriptEntry(),
        {
          name: 'incident-lens:native-browser-api',
          enforce: 'pre',
          resolveId: (id: string) => (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE_BROWSER_API : null),
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    // MV3 asks for other sites as optional host permissions; Firefox's MV2 build lists them among
    // optional permissions (WXT drops optional_host_permissions when it writes an MV2 manifest).
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] as unknown as ['activeTab'] }
      : { optional_host_permissions: ['*://*/*'] }),
    externally_connectable: browser === 'firefox' ? undefined : { ids: [] },
    action: { default_title: '__MSG_actionTitle__' },
    // The content script's first stage, imported by its tiny manifest script on every page, and its
    // screen and second stage, imported by the first stage on pages that need them. Every
    // http(s) page can run the script (listed sites, sites the user allowed, the popup on demand);
    // a per-session address (use_dynamic_url) keeps sites from probing for the extension. No
    // install warning: web-accessible resources are not permissions.
    web_accessible_resources: [{ resources: ['incident-lens-first.js', 'incident-lens-screen.js', 'incident-lens-page.js'], matches: ['*://*/*'], use_dynamic_url: true }],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'incident-lens@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
