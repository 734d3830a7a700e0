// ESLint flat config: JavaScript, TypeScript and Astro rules, with the right globals per place
// (browser for the code that ships to readers, Node for the build, scripts and tests).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated output and installed packages (the build writes nothing into src/ or public/).
    ignores: ['dist/', 'node_modules/', '.astro/', 'screenshots/', 'coverage/', 'test-results/', 'scripts/*.tmp.mjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,astro}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code that runs in the reader's browser (custom elements, the embed host script) and the
    // browser side of Astro components.
    files: ['src/client/**', 'src/host/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Benchmarks and screenshots hand callbacks to page.evaluate, which run them in Chromium.
    files: ['scripts/bench/**', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // A `_`-prefixed name marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
