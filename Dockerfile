# The API as a container image, in two stages: the build compiles TypeScript to dist/; the image
# that runs carries compiled JavaScript and production dependencies only (no TypeScript, tsx,
# Prisma CLI or embedded PostgreSQL: set DATABASE_URL). The schema is migrated by the app at start.
# Node 24 is the supported LTS; the code also runs on Node 20.19+.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
# Every dependency (TypeScript and the Prisma CLI for `generate`; the optional embedded
# PostgreSQL's types for the compiler); postinstall generates the Prisma client into src/generated.
RUN npm ci --no-fund --no-audit
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-fund --no-audit && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Run with an init process (`docker run --init`, or `init: true` in compose) so signals reach
# node and exited children are reaped. First admin key, in a running container:
#   docker compose exec api node dist/cli/create-key.js --role admin --name "first admin"
CMD ["node", "dist/server.js"]
