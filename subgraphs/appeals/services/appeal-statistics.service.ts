import type { DataSource } from "typeorm";
import { kyivDateSql } from "../../common/calendar";
import { badInput } from "../../common/errors";
import {
  AppealGrouping,
  CHANNEL_LABELS,
  TYPE_LABELS,
  type AppealChannel,
  type AppealType,
} from "../entities/appeal-enums";
import type { AppealStatRow } from "../entities/appeal-stat-row.type";
import { OPEN_STATUSES } from "../entities/appeal.entity";
import { appealCountsSql, type AppealCounts } from "./appeal-counts.sql";

const GROUP_SQL: Record<AppealGrouping, string> = {
  CATEGORY: "a.category",
  DEPARTMENT: "coalesce(a.department_id::text, 'none')",
  TYPE: "a.type",
  CHANNEL: "a.channel",
  MONTH: `to_char(${kyivDateSql("a.received_at")}, 'YYYY-MM')`,
};

/** Labels people read in the monthly report. */
function label(groupBy: AppealGrouping, key: string, categoryName: string): string {
  if (groupBy === AppealGrouping.CATEGORY) return categoryName;
  if (groupBy === AppealGrouping.TYPE) return TYPE_LABELS[key as AppealType];
  if (groupBy === AppealGrouping.CHANNEL) return CHANNEL_LABELS[key as AppealChannel];
  if (groupBy === AppealGrouping.DEPARTMENT) return key === "none" ? "Не розподілено" : `Підрозділ ${key}`;
  return key;
}

/** Appeals received in [from, to), grouped, in one statement; counters as in appeal-counts.sql.ts. */
export async function appealStatistics(
  db: DataSource,
  from: Date,
  to: Date,
  groupBy: AppealGrouping,
): Promise<AppealStatRow[]> {
  if (!(from < to)) throw badInput("to", "to must be later than from");
  const group = GROUP_SQL[groupBy];
  const rows: (AppealCounts & { key: string; categoryName: string })[] = await db.query(
    `SELECT ${group} AS key, min(c.name) AS "categoryName", ${appealCountsSql("$3")}
       FROM appeals.appeal a JOIN appeals.appeal_category c ON c.code = a.category
      WHERE a.received_at >= $1 AND a.received_at < $2
      GROUP BY 1 ORDER BY 1`,
    [from, to, OPEN_STATUSES],
  );
  return rows.map(({ categoryName, ...row }) => ({
    ...row,
    overdue: row.overdueOpen + row.answeredLate,
    label: label(groupBy, row.key, categoryName),
    department: groupBy === AppealGrouping.DEPARTMENT && row.key !== "none" ? { id: row.key } : null,
  }));
}
