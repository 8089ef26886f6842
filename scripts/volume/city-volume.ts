import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { kyivYear } from "../../subgraphs/common/calendar";
import { createDataSource } from "../../subgraphs/common/data-source";
import type { SubgraphDefinition } from "../../subgraphs/common/definition";
import { seedOnce } from "../../subgraphs/common/seed";
import type { VolumeFacts, VolumePlan } from "../../subgraphs/common/volume";

type WithVolume = SubgraphDefinition & { seedVolume: NonNullable<SubgraphDefinition["seedVolume"]> };

/** The subgraphs that generate volume, each after those it names in `after`. */
export function volumeOrder(subgraphs: readonly SubgraphDefinition[]): WithVolume[] {
  const pending = subgraphs.filter((d): d is WithVolume => d.seedVolume !== undefined);
  const ordered: WithVolume[] = [];
  while (pending.length > 0) {
    const next = pending.findIndex((d) => (d.seedVolume.after ?? []).every((n) => ordered.some((o) => o.name === n)));
    if (next < 0) throw new Error(`seed:volume: ${pending.map((d) => d.name).join(", ")} wait on each other`);
    ordered.push(...pending.splice(next, 1));
  }
  return ordered;
}

/**
 * VACUUM ANALYZE of a schema's tables after a bulk load, as autovacuum would do some time later:
 * statistics for the planner, and the GIN indexes' pending lists merged into the indexes (rows
 * inserted in bulk wait in that list, which every search reads whole and the planner costs as
 * such, so a search would read the table instead of its indexes until autovacuum came).
 */
async function vacuumSchema(db: DataSource, schema: string): Promise<void> {
  const tables: { name: string }[] = await db.query(
    `SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables WHERE schemaname = $1`,
    [schema],
  );
  if (tables.length > 0) await db.query(`VACUUM (ANALYZE) ${tables.map((t) => t.name).join(", ")}`);
}

/**
 * Adds a city at `scale` to the (migrated, demo-seeded) database at `url`: each subgraph's
 * generator in dependency order, each once per database and scale in one transaction (a second
 * run adds nothing), the facts of each passed to the next. `random()` is seeded per subgraph, so
 * a scale gives the same city each time it is generated on the same demo city. What a subgraph
 * wrote is vacuumed and analyzed at once (vacuumSchema), so plans and timings are those of a
 * settled database.
 */
export async function seedCityVolume(
  url: string,
  scale: number,
  subgraphs: readonly SubgraphDefinition[],
  log: Logger,
  now = new Date(),
): Promise<string[]> {
  const current = kyivYear(now);
  const facts: VolumeFacts = {};
  const written: string[] = [];
  for (const def of volumeOrder(subgraphs)) {
    // Its statements are slow by design: the data source logs only their errors.
    const sqlLog = log.child({ subgraph: def.name }, { level: "error" });
    const db = createDataSource({
      url,
      schema: def.schema,
      entities: def.entities,
      migrations: [],
      log: sqlLog,
      poolSize: 1,
    });
    await db.initialize();
    try {
      const plan: VolumePlan = {
        scale,
        years: [4, 3, 2, 1, 0].map((back) => current - back),
        now,
        facts,
        report: (what, count) => log.info({ subgraph: def.name, count }, `${count} ${what}`),
      };
      const started = Date.now();
      const wrote = await seedOnce(db, def.schema, `volume-x${scale}`, async (m) => {
        await m.query(`SELECT setseed($1)`, [((def.name.length * 37) % 100) / 100]);
        await def.seedVolume.generate(m, plan);
      });
      if (wrote) {
        written.push(def.name);
        await vacuumSchema(db, def.schema);
      }
      log.info({ subgraph: def.name, ms: Date.now() - started }, wrote ? "volume written" : "volume was already there");
      Object.assign(facts, await def.seedVolume.facts?.(db.manager, plan));
    } finally {
      await db.destroy();
    }
  }
  return written;
}
