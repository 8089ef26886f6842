import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "./config";
import type { Identity } from "./identity";

/**
 * What every resolver receives. `loaders` are made fresh for each request (DataLoader caches
 * must never outlive one request, or one caller could see another's data).
 */
export interface SubgraphContext<L = unknown> {
  viewer: Identity;
  requestId: string;
  db: DataSource;
  log: Logger;
  loaders: L;
  /** The service's settings, read once at start. */
  config: SubgraphConfig;
}
