import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { withDatabase } from "../../scripts/embedded-postgres";

export interface TestDatabase {
  url: string;
  /** Runs SQL in the test database (to arrange data or check it independently). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A fresh database on the test server, so test files never see each other's data; with
 * `template`, a copy of that database (prepared-database.ts).
 */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error("DATABASE_URL is not set: tests/helpers/global-setup.ts sets it");
  const name = `emisto_test_${randomBytes(6).toString("hex")}`;
  const adminClient = new Client({ connectionString: admin });
  await adminClient.connect();
  try {
    await adminClient.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  } finally {
    await adminClient.end();
  }
  const url = withDatabase(admin, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    url,
    query: async (sql, params) => (await client.query(sql, params)).rows,
    async drop() {
      await client.end();
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
