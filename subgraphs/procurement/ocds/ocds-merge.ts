import type { Release } from "./ocds-release";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * OCDS merge (compilation) of one value into another: objects merge field by field; arrays of
 * objects with `id` merge by id; anything else is replaced by the later value; null removes.
 */
function merge(earlier: unknown, later: unknown): unknown {
  if (later === null) return undefined;
  if (isObject(earlier) && isObject(later)) {
    const out: Record<string, unknown> = { ...earlier };
    for (const [k, v] of Object.entries(later)) {
      const merged = merge(earlier[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    }
    return out;
  }
  if (Array.isArray(earlier) && Array.isArray(later) && later.every((x) => isObject(x) && "id" in x)) {
    const out = earlier.filter(isObject).map((x) => ({ ...x }));
    for (const item of later as Record<string, unknown>[]) {
      const at = out.findIndex((x) => String(x.id) === String(item.id));
      if (at >= 0) out[at] = merge(out[at], item) as Record<string, unknown>;
      else out.push(item);
    }
    return out;
  }
  return later;
}

/** The compiled release of one process: its releases merged in date order (then by id). */
export function compile(releases: Release[]): Release & { id: string } {
  const ordered = [...releases].sort(
    (a, b) => String(a.date).localeCompare(String(b.date)) || String(a.id).localeCompare(String(b.id)),
  );
  const compiled = ordered.reduce<unknown>((acc, r) => merge(acc, r), {}) as Release;
  delete compiled.versionedRelease;
  return { ...compiled, id: `${compiled.ocid}-compiled`, tag: ["compiled"], date: ordered.at(-1)?.date };
}
