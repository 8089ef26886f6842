import type { DataSource } from "typeorm";
import { kyivDateSql, kyivToday } from "../../common/calendar";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { ResolutionStatus } from "../entities/document-enums";
import { Resolution } from "../entities/resolution.entity";

/** Control of execution for a department: resolutions on control of its documents. */
export interface ControlStats {
  onControl: number;
  overdue: number;
  completedOnTime: number;
}

/**
 * A staff member's open resolutions (as any executor), soonest due first, keyset on (due, id).
 */
export async function openAssignments(
  db: DataSource,
  staffId: number,
  size: number,
  after: string | null | undefined,
): Promise<Page<Resolution>> {
  const cursor = decodeCursor(after, ["string", "number"]);
  const query = db
    .getRepository(Resolution)
    .createQueryBuilder("r")
    .innerJoin("resolution_executor", "e", "e.resolution_id = r.id AND e.staff_id = :staffId", { staffId })
    .where("r.status = :open", { open: ResolutionStatus.OPEN });
  const totalCount = await query.clone().getCount();
  if (cursor) query.andWhere("(r.due_date, r.id) > (:due::date, :id::int)", { due: cursor[0], id: cursor[1] });
  const rows = await query
    .orderBy("r.due_date", "ASC")
    .addOrderBy("r.id", "ASC")
    .limit(size + 1)
    .getMany();
  return toPage(rows, size, totalCount, (r) => [r.dueDate, r.id]);
}

/** ControlStats of many departments in one statement; overdue against today's Kyiv date. */
export async function controlStatsByDepartment(
  db: DataSource,
  ids: readonly number[],
): Promise<Map<number, ControlStats>> {
  const rows: (ControlStats & { id: number })[] = await db.query(
    `SELECT d.department_id AS id,
            count(*) FILTER (WHERE r.status <> 'DONE')::int AS "onControl",
            count(*) FILTER (WHERE r.status <> 'DONE' AND r.due_date < $2::date)::int AS overdue,
            count(*) FILTER (WHERE r.status = 'DONE' AND ${kyivDateSql("r.completed_at")} <= r.due_date)::int AS "completedOnTime"
       FROM documents.resolution r JOIN documents.document d ON d.id = r.document_id
      WHERE r.on_control AND d.department_id = ANY($1)
      GROUP BY d.department_id`,
    [ids, kyivToday()],
  );
  return new Map(rows.map(({ id, ...stats }) => [id, stats]));
}
