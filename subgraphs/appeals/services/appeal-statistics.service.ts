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
import type { AppealStatCell } from "../entities/appeal-stat-cell.type";
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

/**
 * Appeals received in [from, to), grouped by one or two distinct dimensions, in one statement; counters as in
 * appeal-counts.sql.ts; cells ordered by their keys. Counts only: no appeal and no applicant is named.
 */
export async function appealCells(
  db: DataSource,
  from: Date,
  to: Date,
  groupBy: readonly AppealGrouping[],
): Promise<AppealStatCell[]> {
  if (groupBy.length < 1 || groupBy.length > 2 || new Set(groupBy).size !== groupBy.length)
    throw badInput("groupBy", `groupBy takes one or two different dimensions, got [${groupBy.join(", ")}]`);
  if (!(from < to)) throw badInput("to", "to must be later than from");
  const keys = groupBy.map((g, i) => `${GROUP_SQL[g]} AS key${i}`).join(", ");
  const rows: (AppealCounts & { key0: string; key1?: string; categoryName: string })[] = await db.query(
    `SELECT ${keys}, min(c.name) AS "categoryName", ${appealCountsSql("$3")}
       FROM appeals.appeal a JOIN appeals.appeal_category c ON c.code = a.category
      WHERE a.received_at >= $1 AND a.received_at < $2
      GROUP BY ${groupBy.map((_, i) => i + 1).join(", ")} ORDER BY ${groupBy.map((_, i) => i + 1).join(", ")}`,
    [from, to, OPEN_STATUSES],
  );
  const department = groupBy.indexOf(AppealGrouping.DEPARTMENT);
  return rows.map(({ categoryName, key0, key1, ...counts }) => {
    const cellKeys = groupBy.length === 2 ? [key0, key1!] : [key0];
    const departmentKey = department < 0 ? "none" : cellKeys[department];
    return {
      ...counts,
      keys: cellKeys,
      labels: groupBy.map((g, i) => label(g, cellKeys[i], categoryName)),
      department: departmentKey === "none" ? null : { id: departmentKey },
    };
  });
}

/** Appeals received in [from, to), grouped by one dimension: appealCells with one key. */
export async function appealStatistics(
  db: DataSource,
  from: Date,
  to: Date,
  groupBy: AppealGrouping,
): Promise<AppealStatRow[]> {
  return (await appealCells(db, from, to, [groupBy])).map(({ keys, labels, ...cell }) => ({
    ...cell,
    key: keys[0],
    label: labels[0],
    overdue: cell.overdueOpen + cell.answeredLate,
  }));
}
