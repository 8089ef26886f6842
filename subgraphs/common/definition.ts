import type { Router } from "express";
import type { Logger } from "pino";
import type { DataSource, EntityManager, MigrationInterface } from "typeorm";
import type { SubgraphConfig } from "./config";
import type { NonEmptyArray } from "type-graphql";
import type { SubgraphName } from "./config";
import type { Identity } from "./identity";
import type { ReferenceResolvers } from "./federation";

/**
 * A subgraph's whole public surface, free of side effects: `index.ts` of each subgraph exports
 * one. The common server, `npm start`, the composition script and the tests all work from it.
 */
export interface SubgraphDefinition<L = unknown> {
  name: SubgraphName;
  /** The PostgreSQL schema that holds its tables. */
  schema: string;
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
  /** Makes the per-request DataLoaders (some record what this request reads, hence the request). */
  createLoaders(db: DataSource, request: { viewer: Identity; requestId: string }): L;
  /**
   * Plain HTTP routes by path prefix (documents' `/files`, procurement's `/ocds`), behind the same
   * identity envelope as `/graphql`; the gateway proxies each prefix to its subgraph.
   */
  routes?(deps: SubgraphRouteDeps): Record<string, Router>;
  /** Loads the demo city's data for this subgraph (called once per database, see seedOnce). */
  seedDemo(manager: EntityManager): Promise<void>;
}

/** What a subgraph's HTTP routes get from the server. */
export interface SubgraphRouteDeps {
  db: DataSource;
  config: SubgraphConfig;
  log: Logger;
}
