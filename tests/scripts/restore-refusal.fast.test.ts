import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BackupConfig } from "../../scripts/backup/config";
import { restore } from "../../scripts/restore";
import { createPreparedDatabase } from "../helpers/prepared-database";

/**
 * A restore that must not touch its target says so at once, before it unpacks the archive (a
 * city's archive is tens of megabytes): the refusal names the target even when the archive is
 * missing, and nothing is unpacked beside it. (The round trip is tests/e2e/backup-restore.test.ts.)
 */
describe("a restore refused by its target", () => {
  let root: string;
  const config = (databaseUrl?: string): BackupConfig => ({
    databaseUrl,
    embeddedDir: path.join(root, "data", "pg"),
    pgPort: 1,
    filesDir: path.join(root, "files"),
    backupDir: path.join(root, "backups"),
    pgBinDir: undefined,
  });
  const missing = () => path.join(root, "no-such-archive.tar.gz");
  beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), "e-misto-refusal-"))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("refuses an embedded data directory that holds a database before reading the archive", async () => {
    mkdirSync(path.join(root, "data", "pg"), { recursive: true });
    writeFileSync(path.join(root, "data", "pg", "PG_VERSION"), "18\n");
    await expect(restore(config(), missing(), false)).rejects.toThrow(
      `${path.join(root, "data", "pg")} already holds a database: restore refuses to overwrite it (pass --force to set it aside)`,
    );
    expect(readdirSync(path.join(root, "data"))).toEqual(["pg"]);
    expect(existsSync(path.join(root, "data", "pg", "PG_VERSION"))).toBe(true);
  });

  it("refuses a DATABASE_URL that is not empty before reading the archive", async () => {
    const db = await createPreparedDatabase("none");
    try {
      const { pathname, hostname } = new URL(db.url);
      await expect(restore(config(db.url), missing(), false)).rejects.toThrow(
        new RegExp(
          `^the database ${pathname.slice(1)} on ${hostname} is not empty \\(\\d+ tables\\): restore into an empty database`,
        ),
      );
      expect(existsSync(path.join(root, "backups")) ? readdirSync(path.join(root, "backups")) : []).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it("with --force, reads the archive first: a missing one fails with nothing set aside", async () => {
    mkdirSync(path.join(root, "data", "pg"), { recursive: true });
    await expect(restore(config(), missing(), true)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(path.join(root, "data"))).toEqual(["pg"]);
  });
});
