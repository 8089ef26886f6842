import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import path from "node:path";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "./config";
import { createSubgraphContext, type SubgraphContext } from "./context";
import { createDataSource, migrate, pendingMigrations } from "./data-source";
import type { SubgraphDefinition } from "./definition";
import { envelopeGuards } from "./envelope-guard";
import { buildFederatedSchema } from "./federation";
import { errorHandlers, listen, requestLogger } from "./http";
import { COMMON_MESSAGES } from "./i18n/common-messages";
import { translator } from "./i18n/catalogue";
import { requestLanguage } from "./i18n/language";
import { localizeErrorsPlugin } from "./i18n/localize-errors";
import { createLogger } from "./logger";
import type { Identity } from "./identity";
import { maskErrorsPlugin } from "./mask-errors";
import {
  createServiceMetrics,
  graphqlMetricsPlugin,
  metricsHandler,
  poolMetrics,
  type ServiceMetrics,
} from "./metrics";
import { contractOperationNames, operationLabeler } from "./operation-label";
import { traceRequests } from "./http-tracing";
import { drainable } from "./shutdown";
import { memoryNonceStore, redisNonceStore, type NonceStore } from "./nonce-store";

export interface SubgraphHandle {
  name: string;
  url: string;
  port: number;
  db: DataSource;
  /** Its Prometheus registry, served at `/metrics`. */
  metrics: ServiceMetrics;
  /** Drains HTTP (shutdown.ts: in-flight requests finish within SHUTDOWN_GRACE_MS), then closes Apollo, nonces, the pool. */
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** Receives every SQL statement the subgraph runs (tests count them). */
  sqlSink?: string[];
}

/**
 * Starts one subgraph: connects its DataSource, applies migrations when configured, and serves
 * `POST /graphql` (only with a valid identity envelope from the gateway), `GET /health` (alive)
 * and `GET /ready` (database reachable and no migration pending). Throws a one-line error when
 * the database cannot be reached or the port is taken, leaving nothing open.
 */
export async function startSubgraph<L, S>(
  def: SubgraphDefinition<L, S>,
  config: SubgraphConfig<S>,
  options: StartOptions = {},
): Promise<SubgraphHandle> {
  const log = options.log ?? createLogger(def.name, config.logLevel);
  const db = createDataSource({
    url: config.databaseUrl,
    schema: def.schema,
    entities: def.entities,
    migrations: def.migrations,
    log,
    sqlSink: options.sqlSink,
  });
  try {
    await db.initialize();
  } catch (err) {
    throw new Error(`cannot reach the database (${(err as Error).message})`, { cause: err });
  }
  let nonces: NonceStore | undefined;
  try {
    if (config.migrateOnStart) await migrate(db, def.schema);
    const schema = await buildFederatedSchema(def);
    const metrics = createServiceMetrics(def.name);
    poolMetrics(metrics.registry, db);
    for (const metric of def.metrics ?? []) metrics.registry.registerMetric(metric);
    // Labels are the client contract's operation names (schema/operations beside the working directory).
    const label = operationLabeler(contractOperationNames(path.resolve("schema", "operations")));
    const apollo = new ApolloServer<SubgraphContext<L>>({
      schema,
      includeStacktraceInErrorResponses: false,
      // The process's own SIGINT/SIGTERM handler stops the HTTP server, Apollo and the pool in order.
      stopOnTerminationSignals: false,
      introspection: config.nodeEnv !== "production",
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginLandingPageDisabled(),
        maskErrorsPlugin(log, def.name),
        localizeErrorsPlugin(translator(def.messages ?? {}, COMMON_MESSAGES)),
        graphqlMetricsPlugin(metrics, label),
      ],
    });
    await apollo.start();
    nonces = config.redisUrl ? await redisNonceStore(config.redisUrl, def.name, log) : memoryNonceStore();
    const guards = envelopeGuards(config.identitySecret, def.name, nonces);

    const app = express();
    app.disable("x-powered-by");
    app.use(traceRequests(def.name), requestLogger(log));
    // Unguarded, like /health: subgraphs are reached on an internal network or loopback only (README, Observability).
    app.get("/metrics", metricsHandler(metrics.registry));
    app.get("/health", (_req, res) => void res.json({ status: "ok", service: def.name }));
    app.get("/ready", readiness(db, def.schema, def.name));
    for (const route of def.routes ?? []) app.use(route.prefix, guards.streamed, route.router({ db, config, log }));
    app.use(
      "/graphql",
      ...guards.graphql("1mb"),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const { identity, requestId } = res.locals.envelope as { identity: Identity; requestId: string };
          return createSubgraphContext(def, { db, log, config }, identity, requestId, requestLanguage(req));
        },
      }),
    );
    app.use(errorHandlers(log));
    const { server, port } = await listen(app, config.port, config.host, def.name);
    const drain = drainable(server);
    log.info({ port }, `${def.name} subgraph ready`);
    return {
      name: def.name,
      port,
      url: `http://127.0.0.1:${port}/graphql`,
      db,
      metrics,
      async stop() {
        await drain(config.shutdownGraceMs);
        await apollo.stop();
        await nonces?.close();
        await db.destroy();
      },
    };
  } catch (err) {
    await nonces?.close();
    await db.destroy();
    throw err;
  }
}

/**
 * `/ready` answers anyone, so it says only whether the subgraph is ready and why not, in words
 * that name no host, port, user or migration; the detail goes to the log.
 */
function readiness(db: DataSource, schema: string, name: string): RequestHandler {
  return async (req, res) => {
    try {
      const pending = await pendingMigrations(db, schema);
      if (pending.length > 0) {
        req.log.warn({ pending }, "not ready: pending migrations");
        return void res
          .status(503)
          .json({ status: "not ready", service: name, reason: `pending migrations: ${pending.length}` });
      }
      res.json({ status: "ready", service: name });
    } catch (err) {
      req.log.error({ err }, "not ready: database unreachable");
      res.status(503).json({ status: "not ready", service: name, reason: "database unreachable" });
    }
  };
}
