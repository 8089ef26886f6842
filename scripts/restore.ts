import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { loadBackupConfig, type BackupConfig } from "./backup/config";
import { copyStoredFiles } from "./backup/document-files";
import { clusterRunning, ownForServer, withEmbeddedCluster } from "./backup/embedded-cluster";
import { unpackArchive } from "./backup/archive";
import type { Manifest } from "./backup/manifest";
import { pgRestore, userTableCount } from "./backup/pg-tools";

/** Refuses, before the archive is unpacked, a target restore must not touch: a running or (without `force`) existing one. */
async function checkEmbeddedTarget(dir: string, force: boolean): Promise<void> {
  if (await clusterRunning(dir)) throw new Error(`the embedded server is running from ${dir}: stop the city first`);
  if (existsSync(dir) && !force)
    throw new Error(`${dir} already holds a database: restore refuses to overwrite it (pass --force to set it aside)`);
}

async function checkDumpTarget(url: string, force: boolean): Promise<void> {
  const tables = await userTableCount(url);
  if (tables > 0 && !force) {
    const u = new URL(url);
    throw new Error(
      `the database ${u.pathname.slice(1)} on ${u.hostname} is not empty (${tables} tables): restore into an empty database, or pass --force to replace what the backup holds`,
    );
  }
}

/** Puts the archive's physical copy in place of the embedded data directory, and lets PostgreSQL recover it. */
async function restoreEmbedded(config: BackupConfig, stage: string, force: boolean): Promise<void> {
  const dir = config.embeddedDir;
  await checkEmbeddedTarget(dir, force);
  if (existsSync(dir)) await rename(dir, `${dir}.replaced-${Date.now()}`);
  await mkdir(path.dirname(dir), { recursive: true });
  await rename(path.join(stage, "database", "pg"), dir);
  await chmod(dir, 0o700);
  await ownForServer(dir);
  // Starting replays the WAL copied with the backup up to its end; a copy that cannot recover fails here.
  await withEmbeddedCluster(dir, config.pgPort, async () => undefined).catch((err: Error) => {
    throw new Error(`the restored database in ${dir} did not start (${err.message})`, { cause: err });
  });
}

/** Loads the archive's pg_dump into DATABASE_URL, which must be empty unless `force`. */
async function restoreDump(url: string, config: BackupConfig, stage: string, force: boolean): Promise<void> {
  await checkDumpTarget(url, force);
  await pgRestore(url, path.join(stage, "database", "emisto.dump"), config.pgBinDir, force);
}

/**
 * `npm run restore -- <archive> [--force]`: refuses at once a target it must not touch (checked
 * again just before it is replaced), checks the whole archive against its manifest, then brings
 * the database back (the embedded data directory, or DATABASE_URL) and merges the document files
 * into FILES_DIR. Nothing is touched when the archive is damaged or of the other kind.
 */
export async function restore(config: BackupConfig, archive: string, force: boolean): Promise<Manifest> {
  if (config.databaseUrl) await checkDumpTarget(config.databaseUrl, force);
  else await checkEmbeddedTarget(config.embeddedDir, force);
  const base = config.databaseUrl ? config.backupDir : path.dirname(config.embeddedDir);
  await mkdir(base, { recursive: true });
  const stage = await mkdtemp(path.join(base, ".restore-"));
  try {
    const manifest = await unpackArchive(archive, stage);
    const kind = manifest.database.kind;
    if (kind === "physical" && config.databaseUrl)
      throw new Error("this archive is a copy of the embedded server: unset DATABASE_URL to restore it into DATA_DIR");
    if (kind === "pg_dump" && !config.databaseUrl)
      throw new Error("this archive is a pg_dump: set DATABASE_URL to the (empty) database to restore it into");
    if (config.databaseUrl) await restoreDump(config.databaseUrl, config, stage, force);
    else await restoreEmbedded(config, stage, force);
    await copyStoredFiles(path.join(stage, "files"), config.filesDir);
    return manifest;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<void> {
  const force = args.includes("--force");
  const files = args.filter((a) => a !== "--force");
  try {
    if (files.length !== 1) throw new Error("usage: npm run restore -- <archive.tar.gz> [--force]");
    const manifest = await restore(loadBackupConfig(), path.resolve(files[0]), force);
    process.stdout.write(`restored ${files[0]} (made ${manifest.createdAt})\n`);
  } catch (err) {
    process.stderr.write(`npm run restore: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main(process.argv.slice(2));
