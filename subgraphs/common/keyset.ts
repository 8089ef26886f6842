import { badInput } from "./errors";
import { Lazy, type Eventually } from "./lazy";
import { MAX_PAGE_OFFSET, pageSize, type Page, type PageArgs } from "./pagination";
import type { SqlParams } from "./sql-params";

/** The SQL type of a sort key: cursors carry its value as PostgreSQL's text of it, cast back exactly. */
export type SortCast = "int" | "float8" | "bigint" | "numeric" | "timestamptz" | "date" | "text" | "boolean";

/**
 * One key of an order: `column` is an expression over the row set the page is cut from (a
 * column of the inner select), never null.
 */
export interface SortKey {
  column: string;
  cast: SortCast;
  descending: boolean;
}

/**
 * A total order: its keys end with a unique one (the id). `name` is written into its cursors, so
 * a cursor of another order is refused rather than misread.
 */
export interface Ordering {
  name: string;
  keys: SortKey[];
}

/** A fetched row with its sort key values as text (what its cursor holds). */
export interface Keyed<T> {
  node: T;
  key: string[];
}

/** What one request asks of a list, checked: which way it reads, how many, from where. */
export interface PagePlan {
  ordering: Ordering;
  size: number;
  mode: "forward" | "backward" | "number";
  /** The decoded `after` (forward) or `before` (backward) cursor. */
  cursor: string[] | null;
  page: number | null;
}

/** An opaque cursor: the order's name and the sort key values of a row. */
export function encodeCursor(ordering: Ordering, key: string[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...key])).toString("base64url");
}

const notACursor = (arg: "after" | "before") =>
  arg === "after"
    ? badInput("after", "after must be an endCursor returned by this list")
    : badInput("before", "before must be a startCursor returned by this list");

/** Decodes a cursor of `ordering`; a foreign or damaged cursor is BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, ordering: Ordering, arg: "after" | "before"): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = null;
  }
  // What an order's name looks like ("PUBLISHED_DESC", "RELEVANCE,PRIORITY_ASC"); anything else is no cursor of ours.
  if (!Array.isArray(decoded) || typeof decoded[0] !== "string" || !/^[A-Z_]+(,[A-Z_]+)*$/.test(decoded[0])) {
    throw notACursor(arg);
  }
  const [name, ...values] = decoded as [string, ...unknown[]];
  if (name !== ordering.name) {
    throw badInput(
      arg,
      `${arg} is a cursor of the order ${name}, but this list is now ordered by ${ordering.name}: ask with the orderBy (and search) that gave the cursor, or start again without ${arg}`,
    );
  }
  const fits = values.length === ordering.keys.length && values.every((v) => typeof v === "string");
  if (!fits) throw notACursor(arg);
  return values as string[];
}

/**
 * Checks paging arguments against one order. `last` or `before` reads backward (`last`, else
 * `first`, edges ending just before `before`); `page` reads page `page` of `first` edges and
 * refuses cursors; `after` and `before` together are refused.
 */
export function planPage(args: PageArgs, ordering: Ordering): PagePlan {
  const { after, before, last, page } = args;
  if (page != null) {
    const mixed = (["after", "before", "last"] as const).filter((a) => args[a] != null);
    if (mixed.length)
      throw badInput(
        "page",
        `page counts pages from the start and cannot be combined with ${mixed.join(", ")}: ask by page number or by cursor`,
      );
    const size = pageSize(args.first);
    if (!Number.isInteger(page) || page < 1) throw badInput("page", `page must be 1 or more, got ${page}`);
    if ((page - 1) * size > MAX_PAGE_OFFSET)
      throw badInput("page", `page ${page} is too deep (over ${MAX_PAGE_OFFSET} edges): page on with after instead`);
    return { ordering, size, mode: "number", cursor: null, page };
  }
  if (after != null && before != null)
    throw badInput("before", "after and before cannot be combined: page forward with after or backward with before");
  if (last != null || before != null) {
    const size = last != null ? pageSize(last, "last") : pageSize(args.first);
    return {
      ordering,
      size,
      mode: "backward",
      cursor: before ? decodeCursor(before, ordering, "before") : null,
      page: null,
    };
  }
  const size = pageSize(args.first);
  return { ordering, size, mode: "forward", cursor: after ? decodeCursor(after, ordering, "after") : null, page: null };
}

/** The SQL of a plan: the cursor condition, the other side's condition, and the fetch order. */
export interface PageSql {
  /** Rows past the cursor in the reading direction; null without a cursor. */
  where: string | null;
  /** Rows on the cursor's other side (they make hasPreviousPage, or hasNextPage reading backward). */
  behind: string | null;
  /** ORDER BY of the fetch: the order, reversed when reading backward. */
  orderBy: string;
  limit: number;
  offset: number;
}

/**
 * Row-value comparison when every key runs the same way (index-friendly), else the expanded
 * lexicographic form. `forward` means "after the cursor in the order".
 */
function past(keys: SortKey[], values: string[], forward: boolean, p: SqlParams): string {
  const params = keys.map((k, i) => `${p.add(values[i])}::${k.cast}`);
  const op = (k: SortKey) => (k.descending === forward ? "<" : ">");
  if (keys.every((k) => k.descending === keys[0].descending))
    return `(${keys.map((k) => k.column).join(", ")}) ${op(keys[0])} (${params.join(", ")})`;
  const terms = keys.map((k, i) =>
    [...keys.slice(0, i).map((e, j) => `${e.column} = ${params[j]}`), `${k.column} ${op(k)} ${params[i]}`].join(
      " AND ",
    ),
  );
  return `(${terms.map((t) => `(${t})`).join(" OR ")})`;
}

/** The select list of the sort keys as text, `"k0"`, `"k1"` ...: what cursors are made of. */
export function keyColumns(ordering: Ordering): string {
  return ordering.keys.map((k, i) => `(${k.column})::text AS "k${i}"`).join(", ");
}

/** Splits a fetched row into its sort key values (keyColumns) and the rest. */
export function splitKey(
  ordering: Ordering,
  row: Record<string, unknown>,
): { key: string[]; rest: Record<string, unknown> } {
  const rest = { ...row };
  const key = ordering.keys.map((_k, i) => {
    const value = String(rest[`k${i}`]);
    delete rest[`k${i}`];
    return value;
  });
  return { key, rest };
}

export function pageSql(plan: PagePlan, p: SqlParams): PageSql {
  const backward = plan.mode === "backward";
  const keys = plan.ordering.keys;
  const where = plan.cursor ? past(keys, plan.cursor, !backward, p) : null;
  const orderBy = keys.map((k) => `${k.column} ${k.descending === backward ? "ASC" : "DESC"}`).join(", ");
  const offset = plan.mode === "number" ? (plan.page! - 1) * plan.size : 0;
  return { where, behind: where && `NOT ${where}`, orderBy, limit: plan.size + 1, offset };
}

/** A list's count under its filter (n), and how many of those rows lie behind the page's cursor (b). */
export interface PageCounts {
  n: number;
  b: number;
}

/**
 * Builds the page from rows fetched by pageSql and the list's counts. Given as a Lazy, the counts are
 * counted only if a field that needs them is asked for; a page read from the start (no cursor, no offset)
 * that is not full already holds the whole list, and then they are never counted.
 */
export function toPage<T>(plan: PagePlan, fetched: Keyed<T>[], counts: PageCounts | Lazy<PageCounts>): Page<T> {
  const { size, mode } = plan;
  const more = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (mode === "backward") rows.reverse();
  const edges = rows.map(({ node, key }) => ({ cursor: encodeCursor(plan.ordering, key), node }));
  const offset = mode === "number" ? (plan.page! - 1) * size : 0;
  const whole = !plan.cursor && offset === 0 && !more ? { n: rows.length, b: 0 } : null;
  const known = counts instanceof Lazy ? whole : counts;
  const of = <U>(f: (c: PageCounts) => U): Eventually<U> => (known ? f(known) : (counts as Lazy<PageCounts>).map(f));
  return {
    totalCount: of((c) => c.n),
    edges,
    pageInfo: {
      hasNextPage: mode === "forward" ? more : of((c) => (mode === "backward" ? c.b > 0 : offset + size < c.n)),
      hasPreviousPage:
        mode === "backward"
          ? more
          : mode === "number"
            ? offset > 0 && of((c) => c.n > 0)
            : !!plan.cursor && of((c) => c.b > 0),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      page: plan.page,
      pageCount: of((c) => (size === 0 ? 1 : Math.max(1, Math.ceil(c.n / size)))),
    },
  };
}
