import { FETCH_BLOCKED_PORTS } from "./fetch-ports";

/**
 * Typed reading of environment variables. Config modules are the only readers of
 * `process.env`; they read through an EnvReader so that every failure names the variable
 * and every variable read is recorded (tests compare that record with docker-compose.yml
 * and .env.example).
 */
export class ConfigError extends Error {}

export interface EnvReader {
  /** A string; `fallback` undefined means required. */
  string(name: string, fallback?: string): string;
  optional(name: string): string | undefined;
  int(name: string, fallback?: number): number;
  /**
   * A TCP port to listen on: 0 (any free port) to 65535, and not one that `fetch` refuses to
   * connect to (FETCH_BLOCKED_PORTS), since callers reach every service over HTTP with fetch.
   */
  port(name: string, fallback: number): number;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  /**
   * A secret: required in production, else `devDefault`. Production refuses the dev default, the
   * placeholders of `.env.example` and anything shorter than MIN_SECRET_BYTES.
   */
  secret(name: string, devDefault: string): string;
  /** Every variable name asked for so far, in order. */
  readonly names: string[];
}

export type Env = Record<string, string | undefined>;

/** The shortest secret production accepts: 256 bits, as HMAC-SHA256 wants. */
export const MIN_SECRET_BYTES = 32;
/** Words that mark a value copied from an example rather than generated. */
const PLACEHOLDER = /replace-?me|change-?me|placeholder|^(secret|password|example|test|dev)$/i;

/** Why a production secret is too weak to use, or null when it is fine. */
export function weakSecret(value: string): string | null {
  if (PLACEHOLDER.test(value)) return "is a placeholder from an example";
  if (Buffer.byteLength(value) < MIN_SECRET_BYTES) return `is shorter than ${MIN_SECRET_BYTES} bytes`;
  return null;
}

export function createEnvReader(env: Env): EnvReader {
  const names: string[] = [];
  const raw = (name: string): string | undefined => {
    if (!names.includes(name)) names.push(name);
    const value = env[name];
    return value === undefined || value === "" ? undefined : value;
  };
  const production = env.NODE_ENV === "production";
  const reader: EnvReader = {
    names,
    optional: raw,
    string(name, fallback) {
      const value = raw(name) ?? fallback;
      if (value === undefined) throw new ConfigError(`Missing ${name}`);
      return value;
    },
    int(name, fallback) {
      const value = raw(name);
      if (value === undefined) {
        if (fallback === undefined) throw new ConfigError(`Missing ${name}`);
        return fallback;
      }
      if (!/^-?\d+$/.test(value)) throw new ConfigError(`${name} must be an integer, got "${value}"`);
      return Number(value);
    },
    port(name, fallback) {
      const value = reader.int(name, fallback);
      if (value < 0 || value > 65535) throw new ConfigError(`${name} must be a port (0 to 65535), got "${value}"`);
      if (FETCH_BLOCKED_PORTS.has(value))
        throw new ConfigError(
          `${name}=${value} is a port that fetch (browsers, Node) refuses to connect to; choose another, e.g. ${fallback}`,
        );
      return value;
    },
    oneOf(name, allowed, fallback) {
      const value = raw(name) ?? fallback;
      if (!(allowed as readonly string[]).includes(value)) {
        throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${value}"`);
      }
      return value as (typeof allowed)[number];
    },
    secret(name, devDefault) {
      const value = raw(name);
      if (!production) return value ?? devDefault;
      if (value === undefined || value === devDefault)
        throw new ConfigError(`Missing ${name}: set a secret of its own in production`);
      const weak = weakSecret(value);
      if (weak) throw new ConfigError(`${name} ${weak}: generate one, e.g. \`openssl rand -hex 32\``);
      return value;
    },
  };
  return reader;
}
