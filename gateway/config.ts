import path from "node:path";
import type { AnonymousDocuments } from "./persisted-documents";
import { ConfigError, createEnvReader, type Env, type EnvReader } from "../subgraphs/common/env";
import { readServiceConfig, type ServiceConfig } from "../subgraphs/common/service-config";
import { readServicesManifest, SERVICES_MANIFEST } from "../subgraphs/common/services-manifest";
import { parseCorsOrigins, type CorsOrigins } from "./cors";
import type { RateLimitConfig } from "./rate-limit";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy";

export interface GatewayConfig extends ServiceConfig {
  port: number;
  /** The committed, statically composed supergraph the gateway serves. */
  supergraphPath: string;
  /** Where each subgraph's GraphQL endpoint is (`<NAME>_URL`), for each in the services manifest beside the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Plain HTTP prefixes proxied to the subgraph that declares them (the services manifest). */
  routes: { prefix: string; subgraph: string }[];
  auth: AuthConfig;
  rateLimit: RateLimitConfig;
  /** Proxies trusted to tell the client's address in X-Forwarded-For (TRUST_PROXY); false: none. */
  trustProxy: TrustProxy;
  /** How long the gateway waits for one subgraph fetch, body included (SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
  /** Other origins whose pages may call the graph from a browser (CORS_ORIGINS; cors.ts). */
  corsOrigins: CorsOrigins;
  /** How long caches may keep an anonymous public answer (PUBLIC_CACHE_MAX_AGE_SECONDS, 0–60; cache-control.ts). */
  publicCacheMaxAgeSeconds: number;
  /** The Redis the replicas share rate limits and cached answers through (REDIS_URL); none: each keeps its own. */
  redisUrl: string | undefined;
  /** What anonymous callers may send (ANONYMOUS_DOCUMENTS): any document, or only persisted ones (persisted-documents.ts). */
  anonymousDocuments: AnonymousDocuments;
  /** Where the built citizens' portal is (PORTAL_DIR, dist/portal); served on `GET /`. */
  portalDir: string;
  /** Serve GraphiQL on `GET /graphql` (GRAPHIQL); off in production unless switched on. */
  graphiql: boolean;
  /**
   * Where `/metrics` is served, apart from the public port (GATEWAY_METRICS_PORT, unset: not
   * served; GATEWAY_METRICS_HOST, loopback unless set, e.g. to the private network Prometheus uses).
   */
  metrics: { port: number; host: string } | null;
}

export const DEV_JWT_SECRET = "dev-jwt-secret-change-me";

/** How callers' tokens are verified: HS256 with a shared secret, or keys from a JWKS URL. */
export interface AuthConfig {
  jwtSecret: string;
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** The longest a token may be valid: `exp` minus `iat` (or now, without `iat`). */
  maxLifetimeSeconds: number;
}

/** The longest SUBGRAPH_TIMEOUT_MS may be: a client waits that long for an answer at worst. */
export const MAX_SUBGRAPH_TIMEOUT_MS = 60_000;

function positive(name: string, value: number): number {
  if (value < 1) throw new ConfigError(`${name} must be a positive number, got ${value}`);
  return value;
}

function notNegative(name: string, value: number): number {
  if (value < 0) throw new ConfigError(`${name} must be 0 or more, got ${value}`);
  return value;
}

function atMost(name: string, max: number, value: number): number {
  if (value > max) throw new ConfigError(`${name} must be at most ${max}, got ${value}`);
  return value;
}

function metricsListener(env: EnvReader): GatewayConfig["metrics"] {
  const port = env.optional("GATEWAY_METRICS_PORT") === undefined ? undefined : env.int("GATEWAY_METRICS_PORT");
  const host = env.string("GATEWAY_METRICS_HOST", "127.0.0.1");
  return port === undefined ? null : { port, host };
}

/** Reads the gateway's config; throws ConfigError naming the first bad variable. */
export function loadGatewayConfig(source: Env = process.env): GatewayConfig & { variables: string[] } {
  const env = createEnvReader(source);
  const service = readServiceConfig(env);
  const supergraphPath = path.resolve(env.string("SUPERGRAPH_PATH", "schema/supergraph.graphql"));
  const services = readServicesManifest(path.join(path.dirname(supergraphPath), SERVICES_MANIFEST));
  return {
    ...service,
    port: env.port("GATEWAY_PORT", 4000),
    supergraphPath,
    subgraphUrls: Object.fromEntries(
      services.map(({ name, url }) => [name, env.string(`${name.toUpperCase()}_URL`, url)]),
    ),
    routes: services.flatMap(({ name, routes }) => routes.map((prefix) => ({ prefix, subgraph: name }))),
    auth: {
      jwtSecret: env.secret("JWT_SECRET", DEV_JWT_SECRET),
      jwksUrl: env.optional("JWKS_URL"),
      issuer: env.optional("JWT_ISSUER"),
      audience: env.optional("JWT_AUDIENCE"),
      maxLifetimeSeconds: positive("JWT_MAX_LIFETIME_SECONDS", env.int("JWT_MAX_LIFETIME_SECONDS", 12 * 60 * 60)),
    },
    rateLimit: {
      points: env.int("RATE_LIMIT_POINTS", 10),
      windowSeconds: env.int("RATE_LIMIT_WINDOW_SECONDS", 600),
      redisUrl: env.optional("REDIS_URL"),
      mutations: services.flatMap((s) => s.rateLimited),
    },
    trustProxy: parseTrustProxy("TRUST_PROXY", env.optional("TRUST_PROXY")),
    subgraphTimeoutMs: atMost(
      "SUBGRAPH_TIMEOUT_MS",
      MAX_SUBGRAPH_TIMEOUT_MS,
      positive("SUBGRAPH_TIMEOUT_MS", env.int("SUBGRAPH_TIMEOUT_MS", 10_000)),
    ),
    corsOrigins: parseCorsOrigins(env.optional("CORS_ORIGINS"), service.nodeEnv === "production"),
    publicCacheMaxAgeSeconds: atMost(
      "PUBLIC_CACHE_MAX_AGE_SECONDS",
      60,
      notNegative("PUBLIC_CACHE_MAX_AGE_SECONDS", env.int("PUBLIC_CACHE_MAX_AGE_SECONDS", 60)),
    ),
    redisUrl: env.optional("REDIS_URL"),
    anonymousDocuments: env.oneOf("ANONYMOUS_DOCUMENTS", ["any", "persisted"] as const, "any"),
    portalDir: path.resolve(env.string("PORTAL_DIR", "dist/portal")),
    graphiql:
      env.oneOf("GRAPHIQL", ["true", "false"] as const, service.nodeEnv === "production" ? "false" : "true") === "true",
    metrics: metricsListener(env),
    variables: env.names,
  };
}
