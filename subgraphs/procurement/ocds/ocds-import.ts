import { readFile } from "node:fs/promises";
import type { DataSource } from "typeorm";
import { compile } from "./ocds-merge";
import { releasesOf, type OcdsProblem } from "./ocds-package";
import { isRelease, propertyOf, type Release } from "./ocds-release";
import { writeRelease } from "./ocds-writer";

export interface OcdsImportSummary {
  file: string;
  processes: number;
  problems: OcdsProblem[];
}

const OCID_RE = /^ocds-[a-z0-9]{6}-\S+$/;

/**
 * Imports one package's content. Releases (and a record package's compiled releases) are kept
 * as published; each process is then compiled from all its stored releases in date order and
 * written, in its own transaction, so a bad one is reported (file, ocid, release id, field, why)
 * and the rest imports. Importing the same package again changes nothing.
 */
export async function importOcdsPackage(
  db: DataSource,
  file: string,
  pkg: unknown,
  progress: (message: string) => void = () => undefined,
): Promise<OcdsImportSummary> {
  const problems: OcdsProblem[] = [];
  const { releases, compiled } = releasesOf(file, pkg, problems);
  const byOcid = new Map<string, Release[]>();
  for (const r of releases) {
    if (!isRelease(r) || !OCID_RE.test(r.ocid)) {
      const [ocid, id] = [propertyOf(r, "ocid"), propertyOf(r, "id")];
      problems.push({
        file,
        ocid: typeof ocid === "string" ? ocid : null,
        releaseId: id == null ? null : String(id),
        field: "ocid",
        why: "missing or not an OCDS ocid (ocds-<prefix>-<id>)",
      });
      continue;
    }
    byOcid.set(r.ocid, [...(byOcid.get(r.ocid) ?? []), r]);
  }
  for (const c of compiled)
    if (isRelease(c) && OCID_RE.test(c.ocid)) byOcid.set(c.ocid, [...(byOcid.get(c.ocid) ?? []), c]);
  let written = 0;
  for (const [i, [ocid, incoming]] of [...byOcid].entries()) {
    const report = (releaseId: string | null) => (field: string | null, why: string) =>
      problems.push({ file, ocid, releaseId, field, why });
    try {
      await db.transaction(async (m) => {
        for (const r of incoming) {
          await m.query(
            `INSERT INTO procurement.release (ocid, release_id, date, body) VALUES ($1, $2, $3, $4)
             ON CONFLICT (ocid, release_id) DO UPDATE SET date = EXCLUDED.date, body = EXCLUDED.body`,
            [ocid, String(r.id ?? `${ocid}-${r.date}`), String(r.date ?? ""), JSON.stringify(r)],
          );
        }
        // Merged in date order with every release of the process imported before, this run's or not.
        const stored: { body: Release }[] = await m.query(`SELECT body FROM procurement.release WHERE ocid = $1`, [
          ocid,
        ]);
        const process = compile(stored.map((s) => s.body));
        await writeRelease(m, process, report(process.id));
      });
      written++;
    } catch (err) {
      report(incoming[0]?.id ?? null)(null, `not imported: ${(err as Error).message}`);
    }
    if ((i + 1) % 100 === 0) progress(`${file}: ${i + 1}/${byOcid.size} processes`);
  }
  return { file, processes: written, problems };
}

/** Reads and imports files; a file that is not JSON is reported and skipped. */
export async function importOcdsFiles(
  db: DataSource,
  files: string[],
  progress?: (message: string) => void,
): Promise<OcdsImportSummary[]> {
  const summaries: OcdsImportSummary[] = [];
  for (const file of files) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(await readFile(file, "utf8"));
    } catch (err) {
      summaries.push({
        file,
        processes: 0,
        problems: [
          { file, ocid: null, releaseId: null, field: null, why: `cannot be read as JSON: ${(err as Error).message}` },
        ],
      });
      continue;
    }
    summaries.push(await importOcdsPackage(db, file, pkg, progress));
  }
  return summaries;
}
