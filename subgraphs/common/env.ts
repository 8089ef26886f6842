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
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  /** A secret: required in production, else `devDefault`. Production refuses the dev default too. */
  secret(name: string, devDefault: string): string;
  /** Every variable name asked for so far, in order. */
  readonly names: string[];
}

export type Env = Record<string, string | undefined>;

export function createEnvReader(env: Env): EnvReader {
  const names: string[] = [];
  const raw = (name: string): string | undefined => {
    if (!names.includes(name)) names.push(name);
    const value = env[name];
    return value === undefined || value === "" ? undefined : value;
  };
  const production = env.NODE_ENV === "production";
  return {
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
    oneOf(name, allowed, fallback) {
      const value = raw(name) ?? fallback;
      if (!(allowed as readonly string[]).includes(value)) {
        throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${value}"`);
      }
      return value as (typeof allowed)[number];
    },
    secret(name, devDefault) {
      const value = raw(name);
      if (production && (value === undefined || value === devDefault)) {
        throw new ConfigError(`Missing ${name}: set a secret of its own in production`);
      }
      return value ?? devDefault;
    },
  };
}
