import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import * as tar from "tar";
import { hashTree, MANIFEST, verifyTree, type Manifest } from "./manifest";

/** `e-misto-YYYY-MM-DDTHH-MM-SSZ.tar.gz`: sorts by time, safe in every file system. */
export function archiveName(at: Date): string {
  return `e-misto-${at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}.tar.gz`;
}

/**
 * Writes the manifest of `stage` and packs it into `file` (gzip). The archive appears only when
 * complete: it is written under a temporary name and renamed.
 */
export async function packArchive(
  stage: string,
  file: string,
  database: Manifest["database"],
  createdAt: Date,
): Promise<Manifest> {
  const manifest: Manifest = { format: 1, createdAt: createdAt.toISOString(), database, files: await hashTree(stage) };
  await writeFile(path.join(stage, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  // portable: no owner names or ids from this machine; restore sets the owners it needs.
  await tar.c({ gzip: true, cwd: stage, file: partial, portable: true }, ["."]);
  await rename(partial, file);
  return manifest;
}

/** Unpacks `file` into `stage` and checks every file against the manifest; returns the manifest. */
export async function unpackArchive(file: string, stage: string): Promise<Manifest> {
  await mkdir(stage, { recursive: true });
  await tar.x({ file, cwd: stage, strict: true, preserveOwner: false });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(stage, MANIFEST), "utf8")) as Manifest;
  } catch {
    throw new Error(`${file} is not an e-Misto backup: it has no readable ${MANIFEST}`);
  }
  if (manifest.format !== 1) throw new Error(`${file} has manifest format ${manifest.format}; this version reads 1`);
  await verifyTree(stage, manifest);
  return manifest;
}
