import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as tar from "tar";
import { archiveName, packArchive, unpackArchive } from "../../scripts/backup/archive";

const repo = path.resolve(__dirname, "../..");
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** An archive's manifest guards its contents: restore reads nothing from an archive that fails it. */
describe("backup archive", () => {
  let root: string;
  beforeEach(() => {
    mkdirSync(path.join(repo, ".pgdata"), { recursive: true });
    root = mkdtempSync(path.join(repo, ".pgdata/archive-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const stage = () => {
    const dir = path.join(root, "stage");
    mkdirSync(path.join(dir, "files/ab"), { recursive: true });
    mkdirSync(path.join(dir, "database"));
    writeFileSync(path.join(dir, "database/emisto.dump"), "dump bytes");
    writeFileSync(path.join(dir, "files/ab", "ab".padEnd(64, "0")), "letter bytes");
    return dir;
  };
  const at = new Date("2026-11-28T05:06:07.890Z");
  const database = { kind: "pg_dump" as const, serverVersion: "15.20" };

  it("is named by its UTC time and lists every file's sha256", async () => {
    expect(archiveName(at)).toBe("e-misto-2026-11-28T05-06-07Z.tar.gz");
    const file = path.join(root, "out", archiveName(at));
    const manifest = await packArchive(stage(), file, database, at);
    expect(manifest).toEqual({
      format: 1,
      createdAt: "2026-11-28T05:06:07.890Z",
      database,
      files: {
        "database/emisto.dump": { sha256: sha("dump bytes"), size: 10 },
        [`files/ab/${"ab".padEnd(64, "0")}`]: { sha256: sha("letter bytes"), size: 12 },
      },
    });
    const back = path.join(root, "back");
    expect(await unpackArchive(file, back)).toEqual(manifest);
    expect(readFileSync(path.join(back, "database/emisto.dump"), "utf8")).toBe("dump bytes");
  });

  it("refuses an archive whose file differs from its manifest, naming the file", async () => {
    const dir = stage();
    const file = path.join(root, archiveName(at));
    await packArchive(dir, file, database, at);
    writeFileSync(path.join(dir, "database/emisto.dump"), "other bytes");
    await tar.c({ gzip: true, cwd: dir, file, portable: true }, ["."]);
    await expect(unpackArchive(file, path.join(root, "back"))).rejects.toThrow(
      "the archive is damaged (1 problems): database/emisto.dump: sha256 differs",
    );
  });

  it("refuses a tarball that is no e-Misto backup", async () => {
    const dir = path.join(root, "other");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "notes.txt"), "hello");
    const file = path.join(root, "other.tar.gz");
    await tar.c({ gzip: true, cwd: dir, file }, ["."]);
    await expect(unpackArchive(file, path.join(root, "back"))).rejects.toThrow(
      `${file} is not an e-Misto backup: it has no readable manifest.json`,
    );
  });
});
