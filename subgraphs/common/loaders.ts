import DataLoader from "dataloader";
import { referenceId } from "./errors";

/**
 * A loader of one row per key: `fetch` gets all keys of a tick in one call and may return the
 * rows in any order; the loader answers in key order, null for keys with no row.
 */
export function oneByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of many rows per key (a one-to-many relation), [] for keys with none. */
export function manyByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * A loader whose keys carry arguments (e.g. a department id plus a filter and page): keys are
 * grouped by their arguments and each group is fetched in one call.
 */
export function groupedByArgs<K extends { id: number }, V>(
  fetch: (ids: number[], args: Omit<K, "id">) => Promise<Map<number, V>>,
  empty: (key: K) => V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: Omit<K, "id">; ids: number[] }>();
      for (const { id, ...args } of keys) {
        const sig = JSON.stringify(args);
        const group = groups.get(sig) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(sig, group);
      }
      const results = new Map<string, Map<number, V>>();
      for (const [sig, group] of groups) results.set(sig, await fetch([...new Set(group.ids)], group.args));
      return keys.map((key) => {
        const { id, ...args } = key;
        return results.get(JSON.stringify(args))?.get(id) ?? empty(key);
      });
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/**
 * Resolves an entity reference by its integer id through a per-request loader; an id that cannot
 * be a key (not an integer, out of PostgreSQL's range) names no entity, so it resolves to null.
 */
export function loadReference<V>(loader: DataLoader<number, V | null>, id: string | number): Promise<V | null> {
  const key = referenceId(id);
  return key === null ? Promise.resolve(null) : loader.load(key);
}
