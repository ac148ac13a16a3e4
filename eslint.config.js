import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // With both flags V8 tests \b and \w by Unicode case folding and gives up its fast scan: such a
          // pattern runs five to twenty times slower than with 'i' alone, which differs only for 'ſ' and the
          // Kelvin sign. Keep 'u' only where the pattern needs it (\p{…}).
          selector:
            'Literal[regex.flags=/i/][regex.flags=/u/][regex.pattern=/\\\\[bBwW]/]:not([regex.pattern=/\\\\[pP]\\{/])',
          message: "A case-blind pattern with \\b or \\w and no \\p{…} runs far faster without the 'u' flag.",
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
