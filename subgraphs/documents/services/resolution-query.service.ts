import type { DataSource } from "typeorm";
import { kyivDateSql, kyivToday } from "../../common/calendar";
import { planPage, type Ordering } from "../../common/keyset";
import { entityColumns, fetchPage } from "../../common/keyset-query";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { ResolutionStatus } from "../entities/document-enums";
import { Resolution } from "../entities/resolution.entity";

/** Control of execution for a department: resolutions on control of its documents. */
export interface ControlStats {
  onControl: number;
  overdue: number;
  completedOnTime: number;
}

/** Soonest due first. */
const SOONEST_DUE: Ordering = {
  name: "DUE_ASC",
  keys: [
    { column: "due_date", cast: "date", descending: false },
    { column: "id", cast: "int", descending: false },
  ],
};

/** A staff member's open resolutions (as any executor), soonest due first. */
export async function openAssignments(db: DataSource, staffId: number, paging: PageArgs): Promise<Page<Resolution>> {
  const plan = planPage(paging, SOONEST_DUE);
  const p = new SqlParams();
  const rows = `SELECT ${entityColumns(db, Resolution, "r")}, r.due_date FROM documents.resolution r
    JOIN documents.resolution_executor e ON e.resolution_id = r.id AND e.staff_id = ${p.add(staffId)}
   WHERE r.status = ${p.add(ResolutionStatus.OPEN)}`;
  return fetchPage(db, rows, p, plan, ({ due_date: _d, ...row }) => Object.assign(new Resolution(), row));
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
