import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

const exec = promisify(execFile);

/** Runs a client tool; a failure carries the tool's own message. */
async function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    return (await exec(file, args, { env, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (err) {
    const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new Error(`${path.basename(file)} failed: ${detail}`, { cause: err });
  }
}

/** A connection URL without its password, and the environment that passes it (never on a command line). */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function tool(
  binDir: string | undefined,
  name: "pg_dump" | "pg_restore",
): Promise<{ file: string; major: number }> {
  const file = binDir ? path.join(binDir, name) : name;
  let out: string;
  try {
    out = await run(file, ["--version"], process.env);
  } catch {
    throw new Error(
      `${name} not found${binDir ? ` in PG_BIN_DIR (${binDir})` : " on PATH"}: install PostgreSQL's client tools`,
    );
  }
  const major = Number(/(\d+)(?:\.\d+)?/.exec(out)?.[1]);
  return { file, major };
}

async function serverMajor(url: string): Promise<{ version: string; major: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n",
    );
    return { version: rows[0].v, major: Math.floor(rows[0].n / 10000) };
  } finally {
    await client.end();
  }
}

/**
 * Dumps the database at `url` into `file` (pg_dump's custom format, one snapshot: consistent while
 * the city runs). pg_dump must be of the server's major version or newer; an older one is refused
 * here with what to install, as pg_dump itself would refuse. Returns the server's version.
 */
export async function pgDump(url: string, file: string, binDir: string | undefined): Promise<string> {
  const dump = await tool(binDir, "pg_dump");
  const server = await serverMajor(url);
  if (dump.major < server.major)
    throw new Error(
      `pg_dump ${dump.major} cannot dump PostgreSQL ${server.major}: install the client tools of PostgreSQL ${server.major} or later (e.g. postgresql-client-${server.major}) and put them on PATH or in PG_BIN_DIR`,
    );
  const { dbname, env } = connection(url);
  await run(dump.file, ["--format=custom", "--no-owner", "--no-acl", `--file=${file}`, `--dbname=${dbname}`], env);
  return server.version;
}

/**
 * Restores a dump made by pgDump into the database at `url`, stopping at the first error, in one
 * transaction. With `clean` (restore over a used database), the objects the dump contains are
 * dropped first; partitioned tables and their partitions, which pg_restore's --clean cannot drop
 * (a partition's inherited key), are first moved aside into a schema of their own, dropped once
 * the restore has succeeded and moved back if it fails.
 */
export async function pgRestore(url: string, file: string, binDir: string | undefined, clean: boolean): Promise<void> {
  const restore = await tool(binDir, "pg_restore");
  const { dbname, env } = connection(url);
  const args = ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`];
  if (!clean) return void (await run(restore.file, [...args, file], env));
  const aside = await movePartitionedAside(url);
  try {
    await run(restore.file, [...args, "--clean", "--if-exists", file], env);
  } catch (err) {
    await withClient(url, (c) => move(c, aside, "back"));
    throw err;
  }
  await withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${ASIDE} CASCADE`));
}

/** Where partitioned tables (and their triggers' functions) wait while a dump is restored over them. */
const ASIDE = "emisto_restore_aside";

/** A table or a function that was moved aside: its schema and how to name it there (`name`, or `name(args)`). */
type Moved = { kind: "TABLE" | "FUNCTION"; schema: string; name: string };

async function movePartitionedAside(url: string): Promise<Moved[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<Moved>(
      `WITH moved AS (
         SELECT t.oid, n.nspname AS schema, t.relname AS name FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
          WHERE (t.relkind = 'p' OR (t.relkind = 'r' AND t.relispartition)) AND n.nspname NOT IN ('pg_catalog', 'information_schema'))
       SELECT 'TABLE' AS kind, schema, name FROM moved
       UNION
       SELECT 'FUNCTION', n.nspname, format('%I(%s)', p.proname, pg_get_function_identity_arguments(p.oid))
         FROM pg_trigger tg JOIN pg_proc p ON p.oid = tg.tgfoid JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE tg.tgrelid IN (SELECT oid FROM moved) AND NOT tg.tgisinternal`,
    );
    await c.query("BEGIN");
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${ASIDE}`);
    await move(c, rows, "aside");
    await c.query("COMMIT");
    return rows;
  });
}

/** Moves what was set aside there (`aside`) or back to where it was. */
async function move(c: Client, moved: Moved[], where: "aside" | "back"): Promise<void> {
  for (const { kind, schema, name } of moved) {
    const [from, to] = where === "aside" ? [schema, ASIDE] : [ASIDE, schema];
    const qualified = kind === "TABLE" ? `"${from}"."${name}"` : `"${from}".${name}`;
    await c.query(`ALTER ${kind} ${qualified} SET SCHEMA "${to}"`);
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The user tables in a database (to refuse restoring over data unless told to). */
export async function userTableCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_catalog.pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname NOT LIKE 'pg_toast%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}
