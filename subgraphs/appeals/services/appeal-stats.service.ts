import type { DataSource } from "typeorm";
import { OPEN_STATUSES } from "../entities/appeal.entity";
import type { AppealStats } from "../entities/appeal-stats.type";

/** Appeal statistics of many departments in one statement, keyed by department id. */
export async function appealStatsByDepartment(db: DataSource, departmentIds: readonly number[]): Promise<Map<number, AppealStats>> {
  const rows: (AppealStats & { departmentId: number })[] = await db.query(
    `SELECT department_id AS "departmentId",
            count(*)::int AS total,
            count(*) FILTER (WHERE status = ANY($2))::int AS open,
            count(*) FILTER (WHERE status = ANY($2) AND due_date < (now() AT TIME ZONE 'Europe/Kyiv')::date)::int AS overdue,
            count(*) FILTER (WHERE answered_at IS NOT NULL
                               AND (answered_at AT TIME ZONE 'Europe/Kyiv')::date <= due_date)::int AS "answeredOnTime",
            round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at) / 86400)
                   FILTER (WHERE answered_at IS NOT NULL))::numeric, 1)::float8 AS "medianResponseDays"
       FROM appeals.appeal
      WHERE department_id = ANY($1)
      GROUP BY department_id`,
    [departmentIds, OPEN_STATUSES],
  );
  return new Map(rows.map(({ departmentId, ...stats }) => [departmentId, stats]));
}
