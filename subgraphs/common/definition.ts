import type { Router } from "express";
import type { Logger } from "pino";
import type { DataSource, EntityManager, MigrationInterface } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Metric } from "prom-client";
import type { SubgraphConfig, SubgraphConfigSpec } from "./config";
import type { ReferenceResolvers } from "./federation";
import type { Catalogue } from "./i18n/catalogue";
import type { Viewer } from "./viewer";
import type { VolumeGenerator } from "./volume";

/**
 * A subgraph's whole public surface, free of side effects: `index.ts` of each subgraph exports
 * one. The common server, `npm start`, the composition script and the tests all work from it
 * (through subgraphs/registry.ts); the gateway learns its routes and rate-limited mutations from
 * schema/services.json, which composition writes from it. `L`: its loaders; `S`: its own settings.
 */
export interface SubgraphDefinition<L = unknown, S = unknown> extends SubgraphConfigSpec<S> {
  /** The compiled file that runs it as a process alone (its `main.js`); `npm start` spawns it. */
  main: string;
  /** The PostgreSQL schema that holds its tables. */
  schema: string;
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
  /** Makes the per-request DataLoaders (some record what this request reads, hence the request). */
  createLoaders(db: DataSource, request: { viewer: Viewer; requestId: string }): L;
  /**
   * Plain HTTP routes, each under its own path prefix (documents' `/files`, procurement's `/ocds`),
   * behind the same identity envelope as `/graphql`; the gateway proxies each prefix to it.
   */
  routes?: SubgraphRoute<S>[];
  /**
   * Mutations anyone may call, so the gateway limits them per caller (RATE_LIMIT_POINTS in
   * RATE_LIMIT_WINDOW_SECONDS, one point per call written); composition checks each exists.
   */
  rateLimited?: string[];
  /** Ukrainian for its own messages; English is what the code writes (common/i18n/catalogue.ts). */
  messages?: Catalogue;
  /**
   * Adds its share of a city at scale to the demo city (`npm run seed:volume`), for benchmarks:
   * plain SQL that keeps the same rules as the API (gap-free numbers, due dates, statuses).
   */
  seedVolume?: VolumeGenerator;
  /**
   * Its own Prometheus metrics (e.g. appeals submitted), served with the common ones at `/metrics`.
   * Made with `registers: []`: each started server registers them in its own registry.
   */
  metrics?: Metric[];
  /** Loads the demo city's data for this subgraph (called once per database, see seedOnce). */
  seedDemo(manager: EntityManager): Promise<void>;
}

/** One plain HTTP route of a subgraph: the path prefix it answers under, and its router. */
export interface SubgraphRoute<S = unknown> {
  /** `/<word>`, the same on the gateway and the subgraph; never `/graphql`, `/health` or `/ready`. */
  prefix: string;
  // A method, so a definition with settings of its own still counts as a SubgraphDefinition.
  router(deps: SubgraphRouteDeps<S>): Router;
}

/** What a subgraph's HTTP routes get from the server. */
export interface SubgraphRouteDeps<S = unknown> {
  db: DataSource;
  config: SubgraphConfig<S>;
  log: Logger;
}
