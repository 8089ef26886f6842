import { copyFile, mkdir, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

const PREFIX = /^[0-9a-f]{2}$/;
const DIGEST = /^[0-9a-f]{64}$/;

/** The stored file versions under `dir` as `<aa>/<sha256>` (uploads still in `tmp/` are not files yet). */
async function storedFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const prefix of await readdir(dir)) {
    if (!PREFIX.test(prefix)) continue;
    for (const name of await readdir(path.join(dir, prefix)))
      if (DIGEST.test(name) && name.startsWith(prefix)) found.push(`${prefix}/${name}`);
  }
  return found.sort();
}

/**
 * Copies the documents subgraph's stored files from `from` to `to`. The store is content-addressed
 * and append-only (a file is placed under its sha256 before the row naming it commits, and never
 * changed or removed), so copying into a directory that is not empty is a merge: files only in
 * `to` stay, and a file at the same place is the same bytes (or damaged, and then repaired).
 * Returns how many files were copied.
 */
export async function copyStoredFiles(from: string, to: string): Promise<number> {
  let copied = 0;
  for (const file of await storedFiles(from)) {
    const target = path.join(to, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(from, file), target);
    copied++;
  }
  return copied;
}
