import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from "typeorm";

/**
 * Migration that creates `<schema>.seed_log`, the record of which data sets were loaded, so a
 * second `npm start` never loads the demo city twice. Every subgraph lists it first.
 */
export function seedLogMigration(schema: string): new () => MigrationInterface {
  return class SeedLog1764200000000 implements MigrationInterface {
    name = "SeedLog1764200000000";
    async up(q: QueryRunner): Promise<void> {
      await q.query(
        `CREATE TABLE "${schema}".seed_log (name text PRIMARY KEY, loaded_at timestamptz NOT NULL DEFAULT now())`,
      );
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE "${schema}".seed_log`);
    }
  };
}

/**
 * Runs `load` once per database for the data set `name`, in one transaction with its record;
 * returns false when it was already loaded. Concurrent callers wait on the table lock.
 */
export async function seedOnce(
  ds: DataSource,
  schema: string,
  name: string,
  load: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return ds.transaction(async (manager) => {
    await manager.query(`LOCK TABLE "${schema}".seed_log IN EXCLUSIVE MODE`);
    const done = await manager.query(`SELECT 1 FROM "${schema}".seed_log WHERE name = $1`, [name]);
    if (done.length > 0) return false;
    await load(manager);
    await manager.query(`INSERT INTO "${schema}".seed_log (name) VALUES ($1)`, [name]);
    return true;
  });
}
