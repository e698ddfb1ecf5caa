import { defineConfig } from 'prisma/config';

// The app applies migrations itself (src/db/migrate.ts); this file lets the Prisma CLI
// (`prisma migrate deploy`, `migrate status`) work on a machine that has its engine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL },
});
