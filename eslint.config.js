import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/', 'src/generated/', 'src/cli/api-types.ts', '.data/', 'coverage/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Routes are thin: they hand the database to their module's service (built once) and never query it.
    files: ['src/modules/**/*routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='query']", message: 'SQL belongs in the module\'s repository.' },
        { selector: "MemberExpression[object.name='prisma']", message: 'Prisma belongs in the module\'s repository.' },
        { selector: "MemberExpression[object.property.name='prisma'][parent.type='MemberExpression']", message: 'Prisma belongs in the module\'s repository.' },
        {
          // However the client is named: Prisma's query methods.
          selector: "CallExpression[callee.property.name=/^(findMany|findUnique|findUniqueOrThrow|findFirst|upsert|createMany|updateMany|deleteMany|aggregate|groupBy|count|[$](queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|transaction))$/]",
          message: 'Prisma belongs in the module\'s repository.',
        },
        { selector: "MemberExpression[object.object.name='app'][object.property.name='db']", message: 'Routes hand app.db to their module\'s service factory; they never reach into it.' },
        { selector: "TaggedTemplateExpression[tag.property.name=/^[$](queryRaw|executeRaw)$/]", message: 'SQL belongs in the module\'s repository.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
