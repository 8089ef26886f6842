import { ConfigError, type EnvReader } from "./env";
import { DEFAULT_SHUTDOWN_GRACE_MS } from "./shutdown";

/** What every service (gateway and subgraphs) reads besides its own settings. */
export interface ServiceConfig {
  nodeEnv: "development" | "production" | "test";
  host: string;
  logLevel: string;
  /** HMAC secret shared by the gateway and the subgraphs for the identity envelope. */
  identitySecret: string;
  /** Where traces go (OTEL_EXPORTER_OTLP_ENDPOINT, OTLP over HTTP); unset: nothing leaves the process. */
  otlpEndpoint: string | undefined;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceMs: number;
}

export const DEV_IDENTITY_SECRET = "dev-identity-secret-change-me";

function nonNegative(name: string, value: number): number {
  if (value < 0) throw new ConfigError(`${name} must be 0 or more milliseconds, got ${value}`);
  return value;
}

export function readServiceConfig(env: EnvReader): ServiceConfig {
  return {
    nodeEnv: env.oneOf("NODE_ENV", ["development", "production", "test"] as const, "development"),
    host: env.string("HOST", "0.0.0.0"),
    logLevel: env.oneOf("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const, "info"),
    identitySecret: env.secret("IDENTITY_SECRET", DEV_IDENTITY_SECRET),
    otlpEndpoint: env.optional("OTEL_EXPORTER_OTLP_ENDPOINT"),
    shutdownGraceMs: nonNegative("SHUTDOWN_GRACE_MS", env.int("SHUTDOWN_GRACE_MS", DEFAULT_SHUTDOWN_GRACE_MS)),
  };
}
