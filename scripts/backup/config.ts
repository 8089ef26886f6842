import path from "node:path";
import { createEnvReader, type Env } from "../../subgraphs/common/env";
import { readDocumentsSettings } from "../../subgraphs/documents/settings";
import { loadStartConfig } from "../start-config";

export interface BackupConfig {
  /** The server to dump; when absent, the embedded server of `npm start` (DATA_DIR, PG_PORT). */
  databaseUrl: string | undefined;
  /** The embedded server's data directory (`<DATA_DIR>/pg`, as scripts/embedded-postgres.ts lays it out). */
  embeddedDir: string;
  pgPort: number;
  /** Where the documents subgraph keeps file versions (FILES_DIR, read as documents reads it). */
  filesDir: string;
  /** Where archives are written (BACKUP_DIR, default `backups`). */
  backupDir: string;
  /** Where pg_dump / pg_restore are (PG_BIN_DIR); else they are looked up on PATH. */
  pgBinDir: string | undefined;
}

/** What `npm run backup` and `npm run restore` read: the same variables `npm start` and documents read. */
export function loadBackupConfig(source: Env = process.env): BackupConfig & { variables: string[] } {
  // The database's settings only: no subgraph's port (nor its code) is needed to back up or restore.
  const start = loadStartConfig(source, []);
  const env = createEnvReader(source);
  return {
    databaseUrl: start.databaseUrl,
    embeddedDir: path.join(start.dataDir, "pg"),
    pgPort: start.pgPort,
    filesDir: readDocumentsSettings(env).files.dir,
    backupDir: path.resolve(env.string("BACKUP_DIR", "backups")),
    pgBinDir: env.optional("PG_BIN_DIR"),
    variables: [...start.variables, ...env.names],
  };
}
