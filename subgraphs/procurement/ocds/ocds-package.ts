import type { Release } from "./ocds-merge";

/** A problem of an import, located as precisely as the data allows. */
export interface OcdsProblem {
  file: string;
  ocid: string | null;
  releaseId: string | null;
  field: string | null;
  why: string;
}

/**
 * The releases in a release package, or the compiled releases of a record package (each record's
 * compiledRelease; a record without one is compiled from its releases by the caller). Package
 * metadata defects (an extension URL that is not a URI, as in Prozorro's 2018 data) are reported,
 * not fatal.
 */
export function releasesOf(file: string, pkg: unknown, problems: OcdsProblem[]): { releases: Release[]; compiled: Release[] } {
  const report = (field: string | null, why: string) => problems.push({ file, ocid: null, releaseId: null, field, why });
  if (typeof pkg !== "object" || pkg === null) {
    report(null, "not a JSON object: expected an OCDS release package or record package");
    return { releases: [], compiled: [] };
  }
  const p = pkg as Record<string, unknown>;
  (Array.isArray(p.extensions) ? p.extensions : []).forEach((url, i) => {
    if (typeof url !== "string" || !/^https?:\/\/[^\s<>"]+$/.test(url)) report(`extensions[${i}]`, `${JSON.stringify(url)} is not a URI (kept, not used)`);
  });
  if (Array.isArray(p.releases)) return { releases: p.releases as Release[], compiled: [] };
  if (Array.isArray(p.records)) {
    const compiled: Release[] = [];
    const releases: Release[] = [];
    for (const record of p.records as Record<string, any>[]) {
      if (record?.compiledRelease) compiled.push(record.compiledRelease);
      else if (Array.isArray(record?.releases)) releases.push(...record.releases.filter((r: unknown) => typeof r === "object" && r !== null && "ocid" in (r as object)));
      else problems.push({ file, ocid: record?.ocid ?? null, releaseId: null, field: "compiledRelease", why: "a record without compiledRelease or embedded releases" });
    }
    return { releases, compiled };
  }
  report(null, "neither releases nor records: not an OCDS package");
  return { releases: [], compiled: [] };
}
