import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { archiveName, packArchive } from "./backup/archive";
import { loadBackupConfig, type BackupConfig } from "./backup/config";
import { copyStoredFiles } from "./backup/document-files";
import { withEmbeddedCluster } from "./backup/embedded-cluster";
import { hotCopy } from "./backup/hot-copy";
import type { Manifest } from "./backup/manifest";
import { pgDump } from "./backup/pg-tools";

/**
 * `npm run backup`: the database and the document files in one archive,
 * `<BACKUP_DIR>/e-misto-<UTC time>.tar.gz`, with a manifest of every file's sha256. Safe while the
 * city runs. The database is one consistent snapshot: pg_dump of DATABASE_URL, or a hot physical
 * copy of the embedded server. The files are copied after it: a file is stored before the row that
 * names it commits and is never removed, so every file the snapshot names is in the archive (a file
 * uploaded meanwhile may be there too, named by no row: harmless).
 */
export async function backup(config: BackupConfig, now = new Date()): Promise<{ file: string; manifest: Manifest }> {
  await mkdir(config.backupDir, { recursive: true });
  const stage = await mkdtemp(path.join(config.backupDir, ".staging-"));
  try {
    await mkdir(path.join(stage, "database"));
    let database: Manifest["database"];
    if (config.databaseUrl) {
      const dump = path.join(stage, "database", "emisto.dump");
      database = { kind: "pg_dump", serverVersion: await pgDump(config.databaseUrl, dump, config.pgBinDir) };
    } else {
      const target = path.join(stage, "database", "pg");
      const version = await withEmbeddedCluster(config.embeddedDir, config.pgPort, (url) =>
        hotCopy(url, config.embeddedDir, target),
      );
      database = { kind: "physical", serverVersion: version };
    }
    await copyStoredFiles(config.filesDir, path.join(stage, "files"));
    const file = path.join(config.backupDir, archiveName(now));
    return { file, manifest: await packArchive(stage, file, database, now) };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  try {
    const { file, manifest } = await backup(loadBackupConfig());
    const documents = Object.keys(manifest.files).filter((f) => f.startsWith("files/")).length;
    const how = manifest.database.kind === "physical" ? "physical copy" : "pg_dump";
    process.stdout.write(
      `backup written: ${file} (database: ${how} of PostgreSQL ${manifest.database.serverVersion}; ${documents} document files)\n`,
    );
  } catch (err) {
    process.stderr.write(`npm run backup: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
