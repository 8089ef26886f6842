import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { keyColumns, pageSql, splitKey, toPage, type Keyed, type PageCounts, type PagePlan } from "./keyset";
import { Lazy } from "./lazy";
import type { Page } from "./pagination";
import type { SqlParams } from "./sql-params";

type Row = Record<string, unknown>;

/**
 * The select list of an entity's columns over `alias`, named by property (as TypeORM would
 * hydrate them: `date` columns as "YYYY-MM-DD" text), for raw statements mapped with Object.assign.
 * `from` reads some properties from elsewhere (an equal column of a joined table whose index
 * gives the order), by property name.
 */
export function entityColumns(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  from: Record<string, string> = {},
): string {
  return db
    .getMetadata(entity)
    .columns.map(
      (c) =>
        `${from[c.propertyName] ?? `${alias}.${c.databaseName}`}${c.type === "date" ? "::text" : ""} AS "${c.propertyName}"`,
    )
    .join(", ");
}

/** The two statements of a page, positional: the count (and the rows behind the cursor) and the page. */
export interface PageStatements {
  count: [string, unknown[]];
  page: [string, unknown[]];
}

/**
 * The statements of one page of a list, whatever the paging. `inner` is the list as a select over
 * which the plan's sort columns are named; PostgreSQL flattens it, so an index matching the order
 * serves the page. The count also counts the rows behind the cursor, for a truthful
 * hasPreviousPage. Parameters are `p`'s (both statements use all of them).
 */
export function pageStatements(inner: string, p: SqlParams, plan: PagePlan): PageStatements {
  const sql = pageSql(plan, p);
  const behind = sql.behind ? `count(*) FILTER (WHERE ${sql.behind})::int` : "0";
  return {
    count: p.positional(`SELECT count(*)::int AS n, ${behind} AS b FROM (${inner}) q`),
    page: p.positional(
      `SELECT q.*, ${keyColumns(plan.ordering)} FROM (${inner}) q${sql.where ? ` WHERE ${sql.where}` : ""} ORDER BY ${sql.orderBy} LIMIT ${sql.limit} OFFSET ${sql.offset}`,
    ),
  };
}

/** One page of a list in two statements (pageStatements). */
export function fetchPage<T>(
  db: DataSource,
  inner: string,
  p: SqlParams,
  plan: PagePlan,
  toRow: (row: Row) => T,
): Promise<Page<T>> {
  return runPage(db, pageStatements(inner, p, plan), plan, toRow);
}

/**
 * Runs the page's statement and makes the page, each row mapped by `toRow` (its sort keys aside); the count
 * statement runs later, if the request asks for what needs it (toPage).
 */
export async function runPage<T>(
  db: DataSource,
  statements: PageStatements,
  plan: PagePlan,
  toRow: (row: Row) => T,
): Promise<Page<T>> {
  const counts = new Lazy<PageCounts>(async () => (await db.query(...statements.count))[0]);
  const rows: Row[] = await db.query(...statements.page);
  const keyed = rows.map((row) => {
    const { key, rest } = splitKey(plan.ordering, row);
    return { key, node: toRow(rest) };
  });
  return toPage(plan, keyed, counts);
}

/** Where the rows of fetchPagesByOwner's `inner` name their owner: `<owner column> = ${OWNER}`. */
export const OWNER = "{{owner}}";

/**
 * One page for each of many owners, in two statements whatever their number: the counts and the
 * pages, each LATERAL per owner (so each owner's rows are found through an index on the owner,
 * never by joining every owner's rows; the page by `LIMIT` on that owner's rows in the order). `inner`
 * exposes the owner as column `owner` and selects it by `… = ${OWNER}`; `owners` is the parameter
 * holding the owners' ids (int[]).
 */
export async function fetchPagesByOwner<T>(
  db: DataSource,
  inner: string,
  p: SqlParams,
  plan: PagePlan,
  owners: { ids: readonly number[]; param: string },
  toRow: (row: Row) => T,
): Promise<Map<number, Page<T>>> {
  const sql = pageSql(plan, p);
  const behind = sql.behind ? `count(*) FILTER (WHERE ${sql.behind})::int` : "0";
  const countSql = p.positional(
    `SELECT o.id AS owner, c.n, c.b FROM unnest(${owners.param}::int[]) AS o(id) CROSS JOIN LATERAL (
       SELECT count(*)::int AS n, ${behind} AS b FROM (${inner.replaceAll(OWNER, "o.id")}) q) c`,
  );
  // Every owner's counts in one statement, run when the first page that needs its count is asked for one.
  const counts = new Lazy(async () => {
    const found: ({ owner: number } & PageCounts)[] = await db.query(...countSql);
    return new Map(found.map(({ owner, ...c }) => [owner, c]));
  });
  const rows: Row[] = await db.query(
    ...p.positional(
      `SELECT w.* FROM unnest(${owners.param}::int[]) AS o(id) CROSS JOIN LATERAL (
         SELECT q.*, ${keyColumns(plan.ordering)} FROM (${inner.replaceAll(OWNER, "o.id")}) q${sql.where ? ` WHERE ${sql.where}` : ""}
         ORDER BY ${sql.orderBy} LIMIT ${sql.limit} OFFSET ${sql.offset}) w
       ORDER BY w.owner, ${sql.orderBy}`,
    ),
  );
  const byOwner = new Map<number, Keyed<T>[]>();
  for (const { owner, ...row } of rows) {
    const list = byOwner.get(owner as number) ?? [];
    const { key, rest } = splitKey(plan.ordering, row);
    list.push({ key, node: toRow(rest) });
    byOwner.set(owner as number, list);
  }
  return new Map(
    owners.ids.map((id) => [
      id,
      toPage(
        plan,
        byOwner.get(id) ?? [],
        counts.map((c) => c.get(id) ?? { n: 0, b: 0 }),
      ),
    ]),
  );
}
