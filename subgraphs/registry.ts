import type { SubgraphDefinition } from "./common/definition";
import { appealsSubgraph } from "./appeals";
import { budgetSubgraph } from "./budget";
import { documentsSubgraph } from "./documents";
import { procurementSubgraph } from "./procurement";

/** Keeps the names as a type (SubgraphName) and each definition as a plain SubgraphDefinition. */
function listed<N extends string>(defs: Record<N, SubgraphDefinition>): Record<N, SubgraphDefinition> {
  return defs;
}

/**
 * The city's subgraphs, the one list of them, for the tools that see the whole city: `npm start`,
 * composition (which writes schema/services.json for the gateway) and tests. Each declares its
 * own name, port, routes and rate-limited mutations; subgraphs never import this (nor each other).
 */
export const SUBGRAPHS = listed({
  documents: documentsSubgraph,
  appeals: appealsSubgraph,
  procurement: procurementSubgraph,
  budget: budgetSubgraph,
});

export type SubgraphName = keyof typeof SUBGRAPHS;
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

/** Paths every service answers itself, so no subgraph may claim them as a route prefix. */
const RESERVED = ["/graphql", "/health", "/ready"];

/**
 * The city's subgraphs in order, then `extra` (a test's fixture subgraph: production code passes
 * none, so no setting can make a process load code from elsewhere). Throws when two share a name,
 * port or route prefix, a prefix is malformed or reserved, or a peer is not in the city on the port
 * its caller expects.
 */
export function citySubgraphs(extra: readonly SubgraphDefinition[] = []): SubgraphDefinition[] {
  for (const [key, def] of Object.entries(SUBGRAPHS)) {
    if (key !== def.name) throw new Error(`The registry lists ${def.name} as ${key}`);
  }
  const all: SubgraphDefinition[] = [...Object.values(SUBGRAPHS), ...extra];
  const seen = new Map<string, string>();
  const claim = (what: string, by: string) => {
    if (seen.has(what)) throw new Error(`${by} and ${seen.get(what)} both use ${what}`);
    seen.set(what, by);
  };
  for (const def of all) {
    if (!/^[a-z][a-z0-9]*$/.test(def.name))
      throw new Error(`A subgraph's name must be lower-case letters and digits, got "${def.name}"`);
    claim(`the name ${def.name}`, def.name);
    claim(`port ${def.port}`, def.name);
    for (const { prefix } of def.routes ?? []) {
      if (!/^\/[a-z0-9-]+$/.test(prefix) || RESERVED.includes(prefix))
        throw new Error(`${def.name}: route prefix ${prefix} is malformed or reserved`);
      claim(`route ${prefix}`, def.name);
    }
  }
  for (const def of all) {
    for (const [peer, port] of Object.entries(def.peers ?? {})) {
      const target = all.find((d) => d.name === peer);
      if (target?.port !== port)
        throw new Error(
          `${def.name} calls ${peer} on port ${port}, but ${target ? `its port is ${target.port}` : "it is not in the city"}`,
        );
    }
  }
  return all;
}
