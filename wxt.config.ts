import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    plugins: [preact()],
  }),
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
