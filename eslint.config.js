// ESLint for TypeScript and Astro, as the Astro ecosystem sets it up (eslint-plugin-astro,
// typescript-eslint). Layout is Prettier's (npm run format), not the linter's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'content/generated/', 'bench/peer/', 'bench/reports/', 'public/pagefind/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  { files: ['public/**/*.js', 'src/client/**/*.ts', 'scripts/lib/**/browser/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // The source checks look for control characters on purpose (src/parse/source.ts).
      'no-control-regex': 'off',
      // Reported, not failed.
      'no-useless-assignment': 'warn',
    },
  },
);
