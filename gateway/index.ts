import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import { errorHandlers, requestLogger } from "../subgraphs/common/http";
import { traceRequests } from "../subgraphs/common/http-tracing";
import { maskErrorsPlugin } from "../subgraphs/common/mask-errors";
import { graphqlMetricsPlugin } from "../subgraphs/common/metrics";
import { contractOperationNames, operationLabeler } from "../subgraphs/common/operation-label";
import { createIdentify } from "./auth";
import type { GatewayConfig } from "./config";
import { translator } from "../subgraphs/common/i18n/catalogue";
import { COMMON_MESSAGES } from "../subgraphs/common/i18n/common-messages";
import { requestLanguage } from "../subgraphs/common/i18n/language";
import { localizeErrorsPlugin } from "../subgraphs/common/i18n/localize-errors";
import { GATEWAY_MESSAGES } from "./messages.uk";
import type { GatewayContext } from "./context";
import { cacheControlPlugin, varyByAuthorization } from "./cache-control";
import { corsHandler } from "./cors";
import { subgraphProxy } from "./subgraph-proxy";
import { graphiqlRouter } from "./graphiql";
import { graphiqlTabs } from "./graphiql-tabs";
import { portalRouter } from "./portal";
import { adoptSubgraphScalars, formatScalarInputError } from "./input-scalars";
import { inputStatusPlugin } from "./input-status";
import { LIMITS, limitProtection } from "./limits";
import { createGatewayMetrics, type GatewayMetrics } from "./metrics";
import { operationGuardPlugin } from "./operation-guard";
import { loadPersistedDocuments, ManifestDocuments, persistedOnlyPlugin } from "./persisted-documents";
import { rateLimitPlugin } from "./rate-limit";
import { responseCache, responseStore } from "./response-cache";
import { gatewayReadiness } from "./readiness";
import { SignedDataSource } from "./signed-data-source";
import { subgraphFetcher } from "./subgraph-fetcher";

export interface Gateway {
  app: Express;
  /** The Apollo Server behind `/graphql`, started (the fast test tier executes requests on it directly). */
  apollo: ApolloServer<GatewayContext>;
  /** Its Prometheus registry; main.ts serves it on GATEWAY_METRICS_PORT, never on the public port. */
  metrics: GatewayMetrics;
  stop(): Promise<void>;
}

/** How the gateway reaches one subgraph of the supergraph. */
export type BuildService = (subgraph: { name: string; url?: string }) => GraphQLDataSource<GatewayContext>;

/**
 * The gateway as an express app, not yet listening: the committed supergraph, subgraph URLs
 * from config, identity per request passed on signed, internal errors masked with a request
 * id, `/health`, `/ready` and an offline GraphiQL on `GET /graphql`.
 */
export async function createGateway(config: GatewayConfig, log: Logger, buildService?: BuildService): Promise<Gateway> {
  const metrics = createGatewayMetrics();
  const subgraphs = subgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, "utf8"),
    // Signed HTTP to each subgraph; the fast test tier passes one that executes them in this process.
    buildService:
      buildService ??
      (({ name, url }) =>
        new SignedDataSource(
          name,
          config.subgraphUrls[name] ?? url!,
          config.identitySecret,
          config.subgraphTimeoutMs,
          log,
          subgraphs.fetcher,
          metrics,
        )),
    logger: log,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => adoptSubgraphScalars(apiSchema));
  const identify = createIdentify(config.auth);
  const limits = limitProtection(config.nodeEnv === "production");
  const persisted = loadPersistedDocuments(path.dirname(config.supergraphPath));
  const rateLimit = await rateLimitPlugin(config.rateLimit, log, () => metrics.rateLimited.inc());
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The process's own SIGINT/SIGTERM handler stops the HTTP server, Apollo and the pool in order.
    stopOnTerminationSignals: false,
    introspection: config.nodeEnv !== "production",
    hideSchemaDetailsFromClientErrors: config.nodeEnv === "production",
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      maskErrorsPlugin(log),
      localizeErrorsPlugin(translator(GATEWAY_MESSAGES, COMMON_MESSAGES)),
      ...(config.anonymousDocuments === "persisted" ? [persistedOnlyPlugin(persisted)] : []),
      operationGuardPlugin(),
      inputStatusPlugin(),
      ...limits.plugins,
      rateLimit.plugin,
      // After Apollo's own cache-control plugin (installed first), whose no-store this replaces.
      cacheControlPlugin(config.publicCacheMaxAgeSeconds),
      // After cacheControlPlugin, which decides what may be kept.
      responseCache(),
      // Labelled by the client contract's operation names (schema/operations beside the supergraph).
      graphqlMetricsPlugin(
        metrics,
        operationLabeler(contractOperationNames(path.join(path.dirname(config.supergraphPath), "operations"))),
      ),
    ],
    formatError: formatScalarInputError,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: LIMITS.tokens },
    allowBatchedHttpRequests: false,
    cache: responseStore(config.redisUrl),
    persistedQueries: { cache: new ManifestDocuments(persisted), ttl: null },
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // req.ip (the rate limit's key for anonymous callers) believes X-Forwarded-For only from trusted proxies.
  app.set("trust proxy", config.trustProxy);
  app.use(traceRequests("gateway"), requestLogger(log));
  // Before every route, so preflights and the proxied /files and /ocds answer other origins alike.
  app.use(corsHandler(config.corsOrigins));
  app.get("/health", (_req, res) => void res.json({ status: "ok", service: "gateway" }));
  app.get("/ready", gatewayReadiness(config.subgraphUrls, config.identitySecret));
  app.use(portalRouter(config.portalDir, log));
  if (config.graphiql) app.use(graphiqlRouter(graphiqlTabs(path.dirname(config.supergraphPath))));
  // Each subgraph's own HTTP prefixes (documents' /files, procurement's /ocds), as the services manifest declares them.
  for (const { prefix, subgraph } of config.routes) {
    app.use(
      prefix,
      subgraphProxy(prefix, subgraph, config.subgraphUrls[subgraph], identify, config.identitySecret, log),
    );
  }
  app.use(
    "/graphql",
    varyByAuthorization,
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        identity: await identify(req),
        requestId: String(req.id),
        clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
        language: requestLanguage(req),
      }),
    }),
  );
  app.use(errorHandlers(log));
  return {
    app,
    apollo,
    metrics,
    async stop() {
      await apollo.stop();
      await rateLimit.close();
      await subgraphs.close();
    },
  };
}
