import { Client } from "pg";
import pino from "pino";
import { prepareDatabase, type SeedMode } from "../../scripts/prepare-database";
import { withDatabase } from "../../scripts/embedded-postgres";
import { createTestDatabase, type TestDatabase } from "./database";
import { redateDemoHistory } from "./demo-history";
import { templatePrefix, TEST_RUN_VARIABLE } from "./template-databases";

const silent = pino({ level: "silent" });

/**
 * A fresh database migrated and seeded (`seed`: the demo city or nothing), as prepareDatabase
 * leaves it, with the demo's history dated as on any day of the year (redateDemoHistory). Within a Jest run the first test file to ask prepares a template database once (the
 * other workers wait on an advisory lock) and every file gets a copy of it, which takes a
 * fraction of a second instead of running all migrations and the demo seed again. Outside a
 * Jest run (no EMISTO_TEST_RUN) it prepares the database itself.
 */
export async function createPreparedDatabase(seed: SeedMode): Promise<TestDatabase> {
  const run = process.env[TEST_RUN_VARIABLE];
  if (!run) {
    const db = await createTestDatabase();
    await prepareDatabase(db.url, seed, silent);
    if (seed === "demo") await redateDemoHistory(db.url);
    return db;
  }
  const template = await ensureTemplate(run, seed);
  return whileTemplateBusy(() => createTestDatabase(template));
}

/** Runs `copy` of a template, again while the template has a session (the one that prepared it may still be closing). */
async function whileTemplateBusy<T>(copy: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await copy();
    } catch (err) {
      if (attempt >= 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The run's template for `seed`, prepared by the first caller. The demo city's starts as a copy of
 * the migrated one ("none"), so a run applies the migrations once (they take seconds, the demo
 * seed a fraction of one).
 */
async function ensureTemplate(run: string, seed: SeedMode): Promise<string> {
  const name = `${templatePrefix(run)}${seed}`;
  const base = seed === "demo" ? await ensureTemplate(run, "none") : undefined;
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) {
      if (base) await whileTemplateBusy(() => admin.query(`CREATE DATABASE ${name} TEMPLATE ${base}`));
      else await admin.query(`CREATE DATABASE ${name}`);
      try {
        const url = withDatabase(process.env.DATABASE_URL!, name);
        await prepareDatabase(url, seed, silent);
        if (seed === "demo") await redateDemoHistory(url);
      } catch (err) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        throw err;
      }
    }
    return name;
  } finally {
    await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [name]).catch(() => undefined);
    await admin.end();
  }
}
