import { kyivDays, rangeConditions } from "../../common/day-range";
import { In, type DataSource } from "typeorm";
import { kyivToday } from "../../common/calendar";
import { parseId } from "../../common/errors";
import { planPage, type Ordering, type PagePlan } from "../../common/keyset";
import { pageStatements, runPage, type PageStatements } from "../../common/keyset-query";
import { orderingOf } from "../../common/orderings";
import { OrderDirection, type Page, type PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { Appeal, OPEN_STATUSES } from "../entities/appeal.entity";
import type { AppealFilter } from "../inputs/appeal-filter.input";
import { APPEAL_QUEUE, AppealOrderField, type AppealOrder } from "../inputs/appeal-order.input";
import { appealScopeSql, type AppealsViewer } from "./appeal-access";
import { appealSearchSql } from "./appeal-search.sql";
import { normalizeTrackingCode } from "./tracking-code";
import { trgmSchema } from "../../common/trgm-schema";

/** SQL conditions (on alias `a`) for a filter, the search aside. */
function filterSql(filter: AppealFilter | null | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.status?.length) where.push(`a.status = ANY(${p.add(filter.status)})`);
  if (filter.departmentId != null)
    where.push(`a.department_id = ${p.add(parseId(filter.departmentId, "departmentId"))}`);
  if (filter.executorId != null) where.push(`a.executor_id = ${p.add(parseId(filter.executorId, "executorId"))}`);
  if (filter.category != null) where.push(`a.category = ${p.add(filter.category)}`);
  const days = kyivDays(filter.receivedSince, filter.receivedUntil, { since: "receivedSince", until: "receivedUntil" });
  const instants = { from: filter.receivedFrom ?? undefined, to: filter.receivedTo ?? undefined };
  where.push(...rangeConditions("a.received_at", p, days, instants));
  if (filter.overdue != null) {
    const overdue = `(a.status = ANY(${p.add(OPEN_STATUSES)}) AND a.due_date < ${p.add(kyivToday())}::date)`;
    where.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  return where;
}

/**
 * The sort columns of the queue's rows (appealRows); the queue is index appeal_queue_idx, its open
 * appeals appeal_open_queue_idx and appeal_open_department_queue_idx.
 */
const SORT_COLUMNS = {
  [AppealOrderField.DUE_DATE]: { column: "due_date", cast: "date" },
  [AppealOrderField.RECEIVED]: { column: "received_at", cast: "timestamptz" },
} as const;

/**
 * The order of the queue (the statutory one by default: confirmed privilege, then due date), after
 * relevance when searching.
 */
export function appealOrdering(order: AppealOrder | null | undefined, ranked: boolean): Ordering {
  const { field, direction } = order ?? APPEAL_QUEUE;
  if (field !== AppealOrderField.PRIORITY) return orderingOf(field, direction, SORT_COLUMNS[field], "id", ranked);
  const byDue = orderingOf(field, direction, SORT_COLUMNS.DUE_DATE, "id", ranked);
  const privilege = {
    column: "not_privileged",
    cast: "boolean" as const,
    descending: direction === OrderDirection.DESC,
  };
  const at = ranked ? 1 : 0;
  return { name: byDue.name, keys: [...byDue.keys.slice(0, at), privilege, ...byDue.keys.slice(at)] };
}

/**
 * The two statements of a page of the queue, positional: the count over the viewer's scope
 * (appealScopeSql) and the filter, and the page. With a search, ranked by relevance
 * (appealSearchSql), the order breaking ties. Exported so a test can EXPLAIN them.
 */
export function appealListSql(
  viewer: AppealsViewer,
  filter: AppealFilter | null | undefined,
  paging: PageArgs,
  order: AppealOrder | null | undefined,
  trgm: string,
): { plan: PagePlan; statements: PageStatements } {
  const search = filter?.search?.trim() || null;
  const plan = planPage(paging, appealOrdering(order, !!search));
  const p = new SqlParams();
  const where = [appealScopeSql(viewer, p), ...filterSql(filter, p)];
  const ranked = search ? appealSearchSql(search, p, trgm) : null;
  if (ranked) where.push(ranked.where);
  const rows = `SELECT a.id, (a.privilege_status <> 'CONFIRMED') AS not_privileged, a.due_date, a.received_at${ranked ? `, ${ranked.score} AS score` : ""}
    FROM appeals.appeal a WHERE ${where.join(" AND ")}`;
  return { plan, statements: pageStatements(rows, p, plan) };
}

/**
 * One page of the appeals the viewer may see, filtered (and searched), in the asked order, with
 * the count under the same conditions. Rows are loaded by id afterwards.
 */
export async function listAppeals(
  db: DataSource,
  viewer: AppealsViewer,
  filter: AppealFilter | null | undefined,
  paging: PageArgs,
  order: AppealOrder | null | undefined,
): Promise<Page<Appeal>> {
  const { plan, statements } = appealListSql(viewer, filter, paging, order, await trgmSchema(db));
  const page = await runPage(db, statements, plan, (row) => row.id as number);
  const ids = page.edges.map((e) => e.node);
  const appeals = ids.length ? await db.getRepository(Appeal).findBy({ id: In(ids) }) : [];
  const byId = new Map(appeals.map((a) => [a.id, a]));
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: byId.get(e.node)! })) };
}

/** The appeal behind a tracking code, or null for codes that are malformed or unknown alike. */
export async function findByTrackingCode(db: DataSource, code: string): Promise<Appeal | null> {
  const normal = normalizeTrackingCode(code);
  return normal ? db.getRepository(Appeal).findOneBy({ trackingCode: normal }) : null;
}
