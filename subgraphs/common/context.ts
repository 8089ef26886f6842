import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "./config";
import type { SubgraphDefinition } from "./definition";
import type { Language } from "./i18n/catalogue";
import type { Identity } from "./identity";
import { viewerOf, type Viewer } from "./viewer";

/**
 * What every resolver receives. `loaders` are made fresh for each request (DataLoader caches
 * must never outlive one request, or one caller could see another's data).
 */
export interface SubgraphContext<L = unknown> {
  /** The caller, parsed once from the verified identity envelope. */
  viewer: Viewer;
  requestId: string;
  /** The language the caller reads errors in (the gateway passes on its Accept-Language). */
  language: Language;
  db: DataSource;
  log: Logger;
  loaders: L;
  /** The service's settings, read once at start. */
  config: SubgraphConfig;
}

/** The context of one request of the verified `identity`: its viewer, a child log and fresh loaders. */
export function createSubgraphContext<L>(
  def: SubgraphDefinition<L>,
  service: { db: DataSource; log: Logger; config: SubgraphConfig },
  identity: Identity,
  requestId: string,
  language: Language = "uk",
): SubgraphContext<L> {
  const viewer = viewerOf(identity);
  const { db, log, config } = service;
  return {
    viewer,
    requestId,
    language,
    db,
    log: log.child({ requestId }),
    loaders: def.createLoaders(db, { viewer, requestId }),
    config,
  };
}
