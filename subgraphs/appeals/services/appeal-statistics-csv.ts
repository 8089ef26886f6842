import type { DataSource } from "typeorm";
import type { CsvTable } from "../../common/csv-route";
import { badInput } from "../../common/errors";
import { AppealGrouping } from "../entities/appeal-enums";
import { appealCells } from "./appeal-statistics.service";

const COUNTERS = ["total", "open", "answered", "overdueOpen", "answeredLate", "answeredOnTime", "repeated"] as const;

function instant(name: string, value: unknown): Date {
  const text = typeof value === "string" ? value : "";
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(date.getTime()))
    throw badInput(name, `${name} must be a date-time such as 2026-01-01T00:00:00+02:00, got "${text.slice(0, 40)}"`);
  return date;
}

/**
 * The appeal statistics of `?from=&to=&groupBy=CATEGORY,MONTH` as a table: the same cells as appealStatisticsGrid
 * (one or two dimensions), one column per dimension's key and label, then the counters. Counts only.
 */
export async function appealStatisticsTable(db: DataSource, query: Record<string, unknown>): Promise<CsvTable> {
  const from = instant("from", query.from);
  const to = instant("to", query.to);
  const groupBy = String(query.groupBy ?? "")
    .split(",")
    .map((g) => g.trim());
  const unknown = groupBy.find((g) => !(g in AppealGrouping));
  if (unknown !== undefined)
    throw badInput("groupBy", `groupBy takes ${Object.keys(AppealGrouping).join(", ")}, got "${unknown.slice(0, 20)}"`);
  const cells = await appealCells(db, from, to, groupBy as AppealGrouping[]);
  const dims = groupBy.map((g) => g.toLowerCase());
  return {
    fileName: `appeal-statistics-${dims.join("-")}.csv`,
    columns: [...dims.flatMap((d) => [d, `${d}_label`]), ...COUNTERS, "medianResponseDays"],
    rows: cells.map((c) => [
      ...c.keys.flatMap((k, i) => [k, c.labels[i]]),
      ...COUNTERS.map((n) => c[n]),
      c.medianResponseDays,
    ]),
  };
}
