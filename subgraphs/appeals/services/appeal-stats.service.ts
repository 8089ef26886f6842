import type { DataSource } from "typeorm";
import { OPEN_STATUSES } from "../entities/appeal.entity";
import type { AppealStats } from "../entities/appeal-stats.type";
import { appealCountsSql, type AppealCounts } from "./appeal-counts.sql";

/** Appeal statistics of many departments in one statement, keyed by department id. */
export async function appealStatsByDepartment(
  db: DataSource,
  departmentIds: readonly number[],
): Promise<Map<number, AppealStats>> {
  const rows: (AppealCounts & { departmentId: number })[] = await db.query(
    `SELECT a.department_id AS "departmentId", ${appealCountsSql("$2")}
       FROM appeals.appeal a
      WHERE a.department_id = ANY($1)
      GROUP BY a.department_id`,
    [departmentIds, OPEN_STATUSES],
  );
  return new Map(
    rows.map(({ departmentId, answered: _answered, ...counts }) => [
      departmentId,
      { ...counts, overdue: counts.overdueOpen },
    ]),
  );
}
