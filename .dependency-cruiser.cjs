/**
 * The layering, enforced by `npm run lint` (dependency-cruiser):
 * routes → service → repository → database; plugins never import modules; a module uses
 * another only through its service or its schemas (a service may re-export its repository's
 * reads: they are then part of the service); the domain rules import nothing but themselves;
 * shared infrastructure (http, db, errors) never imports a module; no import cycles.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles hide which part depends on which.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds pure rules: no I/O, no framework, nothing of the service.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/decimal\\.js'] },
    },
    {
      name: 'plugins-never-import-modules',
      severity: 'error',
      comment: 'Cross-cutting plugins serve every module; app.ts wires module functions into them.',
      from: { path: '^src/plugins/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'routes-never-touch-the-database',
      severity: 'error',
      comment: 'Routes are thin (schema, call, reply): SQL and Prisma belong to repositories.',
      from: { path: '^src/modules/.+routes[.]ts$' },
      to: { path: ['^src/db/', '^src/generated/', '^node_modules/(pg|@prisma)/', 'repository[.]ts$'] },
    },
    {
      name: 'modules-meet-through-services',
      severity: 'error',
      comment: 'A module uses another only through its service (or the schemas it publishes).',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/[^/]*(service|schemas)[.]ts$'] },
    },
    {
      name: 'infrastructure-never-imports-modules',
      severity: 'error',
      comment: 'src/http, src/db and src/errors serve every module and know none of them.',
      from: { path: '^src/(http|db|errors)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'commands-go-through-services',
      severity: 'error',
      comment: "Operators' commands and the demo loader use modules through their services.",
      from: { path: '^src/(cli|demo)/' },
      to: { path: 'repository[.]ts$' },
    },
    {
      name: 'repositories-stay-below-services',
      severity: 'error',
      comment: 'A repository holds SQL only: it never calls a service or a route.',
      from: { path: 'repository[.]ts$' },
      to: { path: '(service|routes)[.]ts$' },
    },
  ],
  options: {
    // Generated code is in the graph (a route importing the Prisma client must be caught) but not followed.
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
