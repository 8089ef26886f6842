import { In, type DataSource } from "typeorm";
import { kyivToday } from "../../common/calendar";
import { parseId } from "../../common/errors";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { Appeal, OPEN_STATUSES } from "../entities/appeal.entity";
import type { AppealFilter } from "../inputs/appeal-filter.input";
import { appealScopeSql, type AppealsViewer } from "./appeal-access";
import { appealSearchSql } from "./appeal-search.sql";
import { normalizeTrackingCode } from "./tracking-code";
import { trgmSchema } from "./trgm-schema";

/** Queue order: confirmed privilege first, then the soonest due (index appeal_queue_idx). */
const QUEUE_KEY = "(a.privilege_status <> 'CONFIRMED')";

/** SQL conditions (on alias `a`) for a filter, the search aside. */
function filterSql(filter: AppealFilter | null | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.status?.length) where.push(`a.status = ANY(${p.add(filter.status)})`);
  if (filter.departmentId != null)
    where.push(`a.department_id = ${p.add(parseId(filter.departmentId, "departmentId"))}`);
  if (filter.executorId != null) where.push(`a.executor_id = ${p.add(parseId(filter.executorId, "executorId"))}`);
  if (filter.category != null) where.push(`a.category = ${p.add(filter.category)}`);
  if (filter.receivedFrom != null) where.push(`a.received_at >= ${p.add(filter.receivedFrom)}`);
  if (filter.receivedTo != null) where.push(`a.received_at < ${p.add(filter.receivedTo)}`);
  if (filter.overdue != null) {
    const overdue = `(a.status = ANY(${p.add(OPEN_STATUSES)}) AND a.due_date < ${p.add(kyivToday())}::date)`;
    where.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  return where;
}

/** A page of ids with their sort keys; `ranked` when searching (score, id) else queue order. */
interface ListSql {
  ranked: boolean;
  count: [string, unknown[]];
  page: [string, unknown[]];
}

/**
 * The two statements of a page of the queue, positional: the count over the viewer's scope
 * (appealScopeSql) and the filter, and the page after the cursor. With a search, ranked by
 * relevance (appealSearchSql), else in queue order. Exported so a test can EXPLAIN them.
 */
export function appealListSql(
  viewer: AppealsViewer,
  filter: AppealFilter | null | undefined,
  size: number,
  after: string | null | undefined,
  trgm: string,
): ListSql {
  const p = new SqlParams();
  const where = [appealScopeSql(viewer, p), ...filterSql(filter, p)];
  const search = filter?.search?.trim() || null;
  const ranked = search ? appealSearchSql(search, p, trgm) : null;
  if (ranked) where.push(ranked.where);
  const base = `FROM appeals.appeal a WHERE ${where.join(" AND ")}`;
  const count = p.positional(`SELECT count(*)::int AS n ${base}`);
  const cursor = decodeCursor(after, ranked ? ["number", "number"] : ["number", "string", "number"]);
  let sql: string;
  if (ranked) {
    const page = cursor ? `WHERE (score, id) < (${p.add(cursor[0])}::float8, ${p.add(cursor[1])}::int)` : "";
    sql = `SELECT id, score FROM (SELECT a.id, ${ranked.score} AS score ${base}) ranked ${page} ORDER BY score DESC, id DESC LIMIT ${size + 1}`;
  } else {
    const page = cursor
      ? ` AND (${QUEUE_KEY}, a.due_date, a.id) > (${p.add(cursor[0] === 1)}::boolean, ${p.add(cursor[1])}::date, ${p.add(cursor[2])}::int)`
      : "";
    sql = `SELECT a.id ${base}${page} ORDER BY ${QUEUE_KEY}, a.due_date, a.id LIMIT ${size + 1}`;
  }
  return { ranked: !!ranked, count, page: p.positional(sql) };
}

/**
 * One page of the appeals the viewer may see, filtered (and searched), with a keyset cursor; the
 * count runs over the same conditions without the cursor. Rows are loaded by id afterwards.
 */
export async function listAppeals(
  db: DataSource,
  viewer: AppealsViewer,
  filter: AppealFilter | null | undefined,
  size: number,
  after: string | null | undefined,
): Promise<Page<Appeal>> {
  const sql = appealListSql(viewer, filter, size, after, await trgmSchema(db));
  const [{ n }] = await db.query(...sql.count);
  const keys: { id: number; score?: number }[] = await db.query(...sql.page);
  const appeals = keys.length ? await db.getRepository(Appeal).findBy({ id: In(keys.map((k) => k.id)) }) : [];
  const byId = new Map(appeals.map((a) => [a.id, a]));
  const rows = keys.map((k) => ({ appeal: byId.get(k.id)!, score: k.score ?? 0 }));
  const page = toPage(rows, size, n, (r) =>
    sql.ranked
      ? [r.score, r.appeal.id]
      : [r.appeal.privilegeStatus === "CONFIRMED" ? 0 : 1, r.appeal.dueDate, r.appeal.id],
  );
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.appeal })) };
}

/** The appeal behind a tracking code, or null for codes that are malformed or unknown alike. */
export async function findByTrackingCode(db: DataSource, code: string): Promise<Appeal | null> {
  const normal = normalizeTrackingCode(code);
  return normal ? db.getRepository(Appeal).findOneBy({ trackingCode: normal }) : null;
}
