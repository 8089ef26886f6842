import { kyivDateSql } from "../../common/calendar";

/**
 * The one definition of every appeal counter, shared by Department.appealStats and
 * appealStatistics so the two can never count differently. Days are Kyiv calendar days:
 * - open: registered, assigned or in progress;
 * - overdueOpen: open and its due date is before today;
 * - answeredLate / answeredOnTime: answered on a day after / no later than the due date;
 * - repeated: has an earlier appeal of the same applicant (art. 8, see appeal-repeats.service.ts).
 */
export interface AppealCounts {
  total: number;
  open: number;
  answered: number;
  overdueOpen: number;
  answeredLate: number;
  answeredOnTime: number;
  repeated: number;
  medianResponseDays: number | null;
}

/** The counters as SQL select items over `appeals.appeal a`; `openStatuses` is the placeholder of OPEN_STATUSES. */
export function appealCountsSql(openStatuses: string): string {
  const answeredDay = kyivDateSql("a.answered_at");
  return `count(*)::int AS total,
    count(*) FILTER (WHERE a.status = ANY(${openStatuses}))::int AS open,
    count(*) FILTER (WHERE a.answered_at IS NOT NULL)::int AS answered,
    count(*) FILTER (WHERE a.status = ANY(${openStatuses}) AND a.due_date < ${kyivDateSql("now()")})::int AS "overdueOpen",
    count(*) FILTER (WHERE ${answeredDay} > a.due_date)::int AS "answeredLate",
    count(*) FILTER (WHERE ${answeredDay} <= a.due_date)::int AS "answeredOnTime",
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM appeals.appeal_repeat r WHERE r.appeal_id = a.id))::int AS repeated,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.answered_at - a.received_at) / 86400)
           FILTER (WHERE a.answered_at IS NOT NULL))::numeric, 1)::float8 AS "medianResponseDays"`;
}
