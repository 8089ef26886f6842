import { readFileSync } from "node:fs";
import { defaultSubgraphUrl } from "./config";
import type { SubgraphDefinition } from "./definition";
import { ConfigError } from "./env";

/**
 * What the gateway knows of one subgraph besides the supergraph: where it is by default (its
 * `<NAME>_URL` overrides it), the plain HTTP prefixes it serves and the mutations limited per caller.
 */
export interface ServiceEntry {
  name: string;
  url: string;
  routes: string[];
  rateLimited: string[];
}

/** The manifest's file name, beside the supergraph (SUPERGRAPH_PATH): `schema/services.json`. */
export const SERVICES_MANIFEST = "services.json";

/**
 * The manifest of `defs` as `npm run schema:compose` writes it (and `schema:check` compares it):
 * the gateway learns from it what each subgraph declares without importing any subgraph's code.
 */
export function servicesManifest(defs: readonly SubgraphDefinition[]): string {
  const subgraphs: ServiceEntry[] = defs.map((def) => ({
    name: def.name,
    url: defaultSubgraphUrl(def.port),
    routes: (def.routes ?? []).map((route) => route.prefix),
    rateLimited: def.rateLimited ?? [],
  }));
  return `${JSON.stringify({ subgraphs }, null, 2)}\n`;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

/** Reads the manifest at `file`; throws ConfigError naming the file when it is missing or malformed. */
export function readServicesManifest(file: string): ServiceEntry[] {
  let parsed: { subgraphs?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as { subgraphs?: unknown };
  } catch (err) {
    throw new ConfigError(
      `Cannot read ${file} (npm run schema:compose writes it beside the supergraph): ${(err as Error).message}`,
    );
  }
  const entries = parsed?.subgraphs;
  const valid =
    Array.isArray(entries) &&
    entries.every(
      (e: Partial<ServiceEntry>) =>
        typeof e?.name === "string" && typeof e.url === "string" && isStrings(e.routes) && isStrings(e.rateLimited),
    );
  if (!valid) throw new ConfigError(`${file} is not a services manifest: run npm run schema:compose`);
  return entries as ServiceEntry[];
}
