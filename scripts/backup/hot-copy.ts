import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";

/**
 * What PostgreSQL recreates at start or must not carry over (the list pg_basebackup leaves out):
 * the running server's pid file, temporary and runtime state, replication slots. Directories
 * themselves are kept, empty. WAL is copied separately, after the backup has ended.
 */
const SKIP_CONTENTS = new Set([
  "pg_wal",
  "pg_dynshmem",
  "pg_notify",
  "pg_replslot",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "pg_internal.init"]);

/** A file or directory that vanished while the server ran (a dropped table or database): not an error. */
const vanished = (err: NodeJS.ErrnoException) => {
  if (err.code !== "ENOENT") throw err;
  return [];
};

/** Copies a tree file by file; what vanishes meanwhile is skipped (WAL replay accounts for it). */
async function copyTree(from: string, to: string, top: boolean): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(from, { withFileTypes: true }).catch(vanished)) {
    if (SKIP_FILES.has(entry.name) || entry.name.startsWith("pgsql_tmp")) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && SKIP_CONTENTS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyTree(source, target, false);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch(vanished);
    }
  }
}

/**
 * A consistent physical copy of a running PostgreSQL cluster whose data directory this process can
 * read (the embedded server of `npm start`, which ships no pg_dump), taken as pg_basebackup takes
 * one: a temporary replication slot keeps the WAL from being recycled, `pg_backup_start` begins
 * the backup, the files are copied while the server keeps serving, `pg_backup_stop` returns the
 * backup label, and the WAL written meanwhile is copied last. Started from the copy, PostgreSQL
 * replays that WAL to the moment the backup ended: every committed transaction up to then, no
 * torn page. The copy is for the same PostgreSQL major version only. Returns the server version.
 */
export async function hotCopy(adminUrl: string, dataDir: string, target: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const version: string = (await client.query("SHOW server_version")).rows[0].server_version;
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`emisto_backup_${process.pid}`]);
    const started = await client.query("SELECT pg_walfile_name(lsn) AS wal FROM pg_backup_start($1, true) AS lsn", [
      `e-Misto backup ${new Date().toISOString()}`,
    ]);
    const firstWal: string = started.rows[0].wal;
    await copyTree(dataDir, target, true);
    const stopped = await client.query("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
    await writeFile(path.join(target, "backup_label"), stopped.rows[0].labelfile, { mode: 0o600 });
    if (stopped.rows[0].spcmapfile) await writeFile(path.join(target, "tablespace_map"), stopped.rows[0].spcmapfile);
    // Every segment from the backup's start on (the slot still holds them), and the timeline history.
    await mkdir(path.join(target, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
    for (const name of await readdir(path.join(dataDir, "pg_wal"))) {
      const segment = /^[0-9A-F]{24}$/.test(name) && name.slice(8) >= firstWal.slice(8);
      if (segment || name.endsWith(".history"))
        await copyFile(path.join(dataDir, "pg_wal", name), path.join(target, "pg_wal", name));
    }
    return version;
  } finally {
    // Closing the session drops the temporary slot and, had the copy failed, aborts the backup.
    await client.end();
  }
}
