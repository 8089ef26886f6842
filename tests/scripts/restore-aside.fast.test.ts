import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pgRestore } from "../../scripts/backup/pg-tools";
import { createPreparedDatabase } from "../helpers/prepared-database";

const hasPgRestore = spawnSync("pg_restore", ["--version"]).status === 0;

/**
 * A forced restore sets partitioned tables (the personal-data read log) aside while pg_restore
 * replaces the rest; when pg_restore fails they come back where they were, with their rows.
 * (The successful round trip is tests/e2e/backup-restore.test.ts.)
 */
(hasPgRestore ? describe : describe.skip)("a forced restore that fails", () => {
  it("puts the partitioned tables and their triggers' functions back as they were", async () => {
    const db = await createPreparedDatabase("none");
    const dir = mkdtempSync(path.join(tmpdir(), "e-misto-restore-"));
    try {
      await db.query(
        "INSERT INTO appeals.personal_data_read (actor_sub, actor_roles, request_id, appeal_ids) VALUES ('9', '{manager}', 'kept', '{1,2}')",
      );
      const damaged = path.join(dir, "emisto.dump");
      writeFileSync(damaged, "not a dump");
      await expect(pgRestore(db.url, damaged, undefined, true)).rejects.toThrow(/^pg_restore failed: /);
      expect(await db.query("SELECT request_id, appeal_ids FROM appeals.personal_data_read")).toEqual([
        { request_id: "kept", appeal_ids: [1, 2] },
      ]);
      expect(
        await db.query(
          `SELECT count(*)::int AS n FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'emisto_restore_aside'`,
        ),
      ).toEqual([{ n: 0 }]);
      await expect(db.query("DELETE FROM appeals.personal_data_read")).rejects.toThrow("append-only: DELETE refused");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.drop();
    }
  });
});
