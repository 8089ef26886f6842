import { propertyOf } from "./ocds-release";

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
 * not fatal. Both lists are as published, unchecked: the importer admits what has an ocid.
 */
export function releasesOf(
  file: string,
  pkg: unknown,
  problems: OcdsProblem[],
): { releases: unknown[]; compiled: unknown[] } {
  const report = (field: string | null, why: string) =>
    problems.push({ file, ocid: null, releaseId: null, field, why });
  if (typeof pkg !== "object" || pkg === null) {
    report(null, "not a JSON object: expected an OCDS release package or record package");
    return { releases: [], compiled: [] };
  }
  const p = pkg as Record<string, unknown>;
  (Array.isArray(p.extensions) ? p.extensions : []).forEach((url, i) => {
    if (typeof url !== "string" || !/^https?:\/\/[^\s<>"]+$/.test(url))
      report(`extensions[${i}]`, `${JSON.stringify(url)} is not a URI (kept, not used)`);
  });
  if (Array.isArray(p.releases)) return { releases: p.releases as unknown[], compiled: [] };
  if (Array.isArray(p.records)) {
    const compiled: unknown[] = [];
    const releases: unknown[] = [];
    for (const record of p.records as unknown[]) {
      const [compiledRelease, embedded, ocid] = [
        propertyOf(record, "compiledRelease"),
        propertyOf(record, "releases"),
        propertyOf(record, "ocid"),
      ];
      if (compiledRelease) compiled.push(compiledRelease);
      else if (Array.isArray(embedded))
        releases.push(...(embedded as unknown[]).filter((r) => typeof r === "object" && r !== null && "ocid" in r));
      else
        problems.push({
          file,
          ocid: ocid == null ? null : String(ocid),
          releaseId: null,
          field: "compiledRelease",
          why: "a record without compiledRelease or embedded releases",
        });
    }
    return { releases, compiled };
  }
  report(null, "neither releases nor records: not an OCDS package");
  return { releases: [], compiled: [] };
}
