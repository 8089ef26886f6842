import type { Ordering, SortCast, SortKey } from "./keyset";
import { OrderDirection } from "./pagination";

/** Relevance of a text search: the column holding the score, best first. */
export const RELEVANCE: SortKey = { column: "score", cast: "float8", descending: true };

/**
 * The order of a list by one field and a direction, the id breaking ties the same way; with a
 * search, relevance first. The name (in cursors) spells all of it: "RELEVANCE,PUBLISHED_DESC".
 */
export function orderingOf(
  field: string,
  direction: OrderDirection,
  key: { column: string; cast: SortCast },
  idColumn: string,
  ranked = false,
): Ordering {
  const descending = direction === OrderDirection.DESC;
  const keys = [
    { ...key, descending },
    { column: idColumn, cast: "int" as const, descending },
  ];
  const name = `${field}_${direction}`;
  return ranked ? { name: `RELEVANCE,${name}`, keys: [RELEVANCE, ...keys] } : { name, keys };
}
