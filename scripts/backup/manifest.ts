import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

export const MANIFEST = "manifest.json";

/** What an archive holds: how its database was saved, and every file with its sha256 and size. */
export interface Manifest {
  format: 1;
  createdAt: string;
  /** `physical`: the embedded server's data directory (database/pg); `pg_dump`: database/emisto.dump. */
  database: { kind: "physical" | "pg_dump"; serverVersion: string };
  files: Record<string, { sha256: string; size: number }>;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Every regular file under `root` (paths relative, with `/`), hashed, the manifest itself left out. */
export async function hashTree(root: string): Promise<Manifest["files"]> {
  const files: Manifest["files"] = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const name = path.relative(root, full).split(path.sep).join("/");
        if (name !== MANIFEST) files[name] = { sha256: await sha256Of(full), size: (await stat(full)).size };
      }
    }
  };
  await walk(root);
  return files;
}

/** Throws, naming up to ten, when files under `root` are missing, extra or differ from the manifest. */
export async function verifyTree(root: string, manifest: Manifest): Promise<void> {
  const found = await hashTree(root);
  const problems: string[] = [];
  for (const [name, want] of Object.entries(manifest.files)) {
    const got = found[name];
    if (!got) problems.push(`${name}: missing`);
    else if (got.sha256 !== want.sha256) problems.push(`${name}: sha256 differs`);
  }
  for (const name of Object.keys(found)) if (!manifest.files[name]) problems.push(`${name}: not in the manifest`);
  if (problems.length > 0)
    throw new Error(`the archive is damaged (${problems.length} problems): ${problems.slice(0, 10).join("; ")}`);
}
