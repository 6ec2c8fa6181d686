import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // House rule: never build HTML from strings, never run strings as code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never assign HTML: build nodes or set textContent.' },
        { property: 'outerHTML', message: 'Never assign HTML: build nodes or set textContent.' },
        { property: 'insertAdjacentHTML', message: 'Never assign HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never build HTML from strings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The engine receives its world as arguments (STYLE.md rule 2).
    files: ['engine/**/*.ts'],
    ignores: ['engine/read/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'navigator', 'chrome', 'browser'],
    },
  },
);
