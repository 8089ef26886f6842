import { existsSync } from "node:fs";
import { chown, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../embedded-postgres";
import { serverUser } from "../postmaster";

/** The embedded server's admin URL on `port` (scripts/embedded-postgres.ts sets these credentials). */
export const embeddedAdminUrl = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

/** The data directory of the server answering at `url`, or undefined when none answers. */
async function runningDataDir(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return (await client.query("SHOW data_directory")).rows[0].data_directory;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs `work` with the embedded cluster in `dir` serving on `port`: the running one when the city
 * is up (checked to be this very directory, not another server on the port), else one started for
 * the purpose and stopped afterwards.
 */
export async function withEmbeddedCluster<T>(dir: string, port: number, work: (url: string) => Promise<T>): Promise<T> {
  if (!existsSync(path.join(dir, "PG_VERSION")))
    throw new Error(`no embedded database in ${dir}: set DATA_DIR (or DATABASE_URL for another server)`);
  const url = embeddedAdminUrl(port);
  const running = await runningDataDir(url);
  if (running !== undefined) {
    if ((await realpath(running)) !== (await realpath(dir)))
      throw new Error(`the server on PG_PORT ${port} serves ${running}, not ${dir}: set PG_PORT to the city's`);
    return work(url);
  }
  const server = await startEmbeddedPostgres(path.dirname(dir), port, { persistent: true });
  try {
    return await work(url);
  } finally {
    await server.stop();
  }
}

/** True while a server runs from `dir` (its pid file names a live process). */
export async function clusterRunning(dir: string): Promise<boolean> {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives a restored data directory to the user the embedded server runs as: run as root, that is
 * the `postgres` user (embedded-postgres refuses root), which must own it, mode 0700.
 */
export async function ownForServer(dir: string): Promise<void> {
  const { uid, gid } = serverUser();
  if (uid === undefined || gid === undefined) return;
  const walk = async (p: string): Promise<void> => {
    await chown(p, uid, gid);
    if ((await stat(p)).isDirectory()) for (const name of await readdir(p)) await walk(path.join(p, name));
  };
  await walk(dir);
}
