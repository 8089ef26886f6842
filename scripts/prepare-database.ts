import type { Logger } from "pino";
import { createDataSource, migrate } from "../subgraphs/common/data-source";
import { seedOnce } from "../subgraphs/common/seed";
import type { SubgraphDefinition } from "../subgraphs/common/definition";
import { citySubgraphs } from "../subgraphs/registry";

export type SeedMode = "demo" | "none";

/**
 * Runs the migrations of every subgraph (the registry's, unless given) and, with `seed: "demo"`,
 * loads the demo city once per database. Returns which subgraphs loaded demo data now (empty on a
 * second run).
 */
export async function prepareDatabase(
  url: string,
  seed: SeedMode,
  log: Logger,
  subgraphs: readonly SubgraphDefinition[] = citySubgraphs(),
): Promise<string[]> {
  const seeded: string[] = [];
  for (const def of subgraphs) {
    const ds = createDataSource({
      url,
      schema: def.schema,
      entities: def.entities,
      migrations: def.migrations,
      log,
      poolSize: 2,
    });
    await ds.initialize();
    try {
      const applied = await migrate(ds, def.schema);
      if (applied.length > 0) log.info({ subgraph: def.name, applied }, "migrations applied");
      if (seed === "demo" && (await seedOnce(ds, def.schema, "demo", def.seedDemo))) seeded.push(def.name);
    } finally {
      await ds.destroy();
    }
  }
  return seeded;
}
