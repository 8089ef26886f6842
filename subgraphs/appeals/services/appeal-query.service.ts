import type { DataSource } from "typeorm";
import { kyivToday } from "../../common/calendar";
import { parseId } from "../../common/errors";
import type { Identity } from "../../common/identity";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { Appeal, OPEN_STATUSES } from "../entities/appeal.entity";
import type { AppealFilter } from "../inputs/appeal-filter.input";
import { appealScopeSql } from "./appeal-access";
import { normalizeTrackingCode } from "./tracking-code";

/** The queue order: applicants with statutory privileges first, then the soonest due (index appeal_queue_idx). */
const keyOf = (a: Appeal) => [a.privileged ? 0 : 1, a.dueDate, a.id];

/** SQL conditions (on alias `a`) for a filter. */
function filterSql(filter: AppealFilter | null | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  if (!filter) return where;
  if (filter.status?.length) where.push(`a.status = ANY(${p.add(filter.status)})`);
  if (filter.departmentId != null) where.push(`a.department_id = ${p.add(parseId(filter.departmentId, "departmentId"))}`);
  if (filter.executorId != null) where.push(`a.executor_id = ${p.add(parseId(filter.executorId, "executorId"))}`);
  if (filter.category != null) where.push(`a.category = ${p.add(filter.category)}`);
  if (filter.receivedFrom != null) where.push(`a.received_at >= ${p.add(filter.receivedFrom)}`);
  if (filter.receivedTo != null) where.push(`a.received_at < ${p.add(filter.receivedTo)}`);
  if (filter.overdue != null) {
    const overdue = `(a.status = ANY(${p.add(OPEN_STATUSES)}) AND a.due_date < ${p.add(kyivToday())}::date)`;
    where.push(filter.overdue ? overdue : `NOT ${overdue}`);
  }
  if (filter.search != null && filter.search.trim() !== "") {
    const like = p.add(`%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(a.registration_number ILIKE ${like} OR a.subject ILIKE ${like})`);
  }
  return where;
}

/**
 * One page of the appeals the viewer may see (appealScopeSql), filtered, in queue order with a
 * keyset cursor; the count runs over the same conditions without the cursor.
 */
export async function listAppeals(db: DataSource, viewer: Identity, filter: AppealFilter | null | undefined, size: number, after: string | null | undefined): Promise<Page<Appeal>> {
  const p = new SqlParams();
  const where = [appealScopeSql(viewer, p), ...filterSql(filter, p)].join(" AND ");
  const cursor = decodeCursor(after, ["number", "string", "number"]);
  const query = db.getRepository(Appeal).createQueryBuilder("a").where(where, p.values);
  const totalCount = await query.clone().getCount();
  if (cursor) {
    query.andWhere(`((NOT a.privileged)::int, a.due_date, a.id) > (${p.add(cursor[0])}::int, ${p.add(cursor[1])}::date, ${p.add(cursor[2])}::int)`, p.values);
  }
  const rows = await query.orderBy("NOT a.privileged", "ASC").addOrderBy("a.due_date", "ASC").addOrderBy("a.id", "ASC").limit(size + 1).getMany();
  return toPage(rows, size, totalCount, keyOf);
}

/** The appeal behind a tracking code, or null for codes that are malformed or unknown alike. */
export async function findByTrackingCode(db: DataSource, code: string): Promise<Appeal | null> {
  const normal = normalizeTrackingCode(code);
  return normal ? db.getRepository(Appeal).findOneBy({ trackingCode: normal }) : null;
}
