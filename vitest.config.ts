import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Under Vitest 4, WXT's import.meta.env flags are set too late and `define` turns booleans into
 * strings (TOOLCHAIN.md pitfall 4): this plugin, placed first, defines them as real values.
 */
function wxtEnvFlags(): Plugin {
  return {
    name: 'incident-lens:wxt-env-flags',
    config: () => ({
      define: {
        'import.meta.env.BROWSER': JSON.stringify('chrome'),
        'import.meta.env.CHROME': 'true',
        'import.meta.env.FIREFOX': 'false',
        'import.meta.env.SAFARI': 'false',
        'import.meta.env.EDGE': 'false',
        'import.meta.env.OPERA': 'false',
        'import.meta.env.MANIFEST_VERSION': '3',
      },
    }),
  };
}

export default defineConfig({
  plugins: [wxtEnvFlags(), WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 20_000,
  },
});
