import type { DataSource } from "typeorm";
import type { CsvTable } from "../../common/csv-route";
import { PROGRAM_IN_FORCE } from "./budget.service";

/**
 * The expenditure lines of a year as an open-data table, by id: the same amounts as `budget(year).lines`, with the
 * programme and economic code (and their names in force that year) and the responsible department's id.
 */
export async function budgetLinesTable(db: DataSource, year: number): Promise<CsvTable> {
  const rows: Record<string, string | number | null>[] = await db.query(
    `SELECT l.id, l.fiscal_year AS year, l.fund, l.program_code, p.name AS program_name, p.department_id,
            l.economic_code, e.name AS economic_name, l.approved::text, l.amended::text, l.executed::text
       FROM budget.budget_line l
       LEFT JOIN budget.classification p ON ${PROGRAM_IN_FORCE}
       LEFT JOIN budget.classification e ON e.kind = 'ECONOMIC' AND e.code = l.economic_code
        AND e.valid_from <= make_date(l.fiscal_year, 12, 31) AND (e.valid_to IS NULL OR e.valid_to >= make_date(l.fiscal_year, 1, 1))
      WHERE l.fiscal_year = $1 ORDER BY l.id`,
    [year],
  );
  const columns = [
    "id",
    "year",
    "fund",
    "program_code",
    "program_name",
    "department_id",
    "economic_code",
    "economic_name",
    "approved",
    "amended",
    "executed",
  ];
  return { fileName: `budget-lines-${year}.csv`, columns, rows: rows.map((r) => columns.map((c) => r[c])) };
}
