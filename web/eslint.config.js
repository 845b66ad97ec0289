// One lint for the console: JavaScript and TypeScript recommendations, Vue's recommended rules, and
// nothing about layout (Prettier formats; eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'src/api/schema.d.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      // TypeScript itself reports undefined names, and knows the DOM's types (typescript-eslint's advice).
      'no-undef': 'off',
      // Unused names are errors, except ones deliberately ignored with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
)
