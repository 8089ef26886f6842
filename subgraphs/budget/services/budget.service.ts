import { In, type DataSource } from "typeorm";
import type { Budget } from "../entities/budget.type";
import type { BudgetSummary } from "../entities/budget-amounts.type";
import { BudgetLine } from "../entities/budget-line.entity";
import { withRate } from "./rates";

const SUMS = `coalesce(sum(l.approved), 0)::numeric(18,2)::text AS approved,
              coalesce(sum(l.amended), 0)::numeric(18,2)::text AS amended,
              coalesce(sum(l.executed), 0)::numeric(18,2)::text AS executed`;

/** The programme version in force in the line's year (alias p for the programme, l for the line). */
export const PROGRAM_IN_FORCE = `p.kind = 'PROGRAM' AND p.code = l.program_code
  AND p.valid_from <= make_date(l.fiscal_year, 12, 31) AND (p.valid_to IS NULL OR p.valid_to >= make_date(l.fiscal_year, 1, 1))`;

/** The year's budget (its status; the amounts are fields of their own); null when the year is unknown. */
export async function budgetOfYear(db: DataSource, year: number): Promise<Budget | null> {
  const [row] = await db.query(`SELECT year, status FROM budget.fiscal_year WHERE year = $1`, [year]);
  return row ?? null;
}

/** Each department's totals for one year in one statement, keyed by department id. */
export async function summariesByDepartment(
  db: DataSource,
  ids: number[],
  year: number,
): Promise<Map<number, BudgetSummary>> {
  const rows: (BudgetSummary & { departmentId: number })[] = await db.query(
    `SELECT p.department_id AS "departmentId", ${SUMS}
       FROM budget.budget_line l JOIN budget.classification p ON ${PROGRAM_IN_FORCE}
      WHERE p.department_id = ANY($1) AND l.fiscal_year = $2
      GROUP BY p.department_id`,
    [ids, year],
  );
  return new Map(rows.map(({ departmentId, ...sums }) => [departmentId, summary(departmentId, year, sums)]));
}

/** A department's summary: exact sums and the rate; its id is "<department id>:<year>". */
export function summary(
  departmentId: number,
  year: number,
  sums: { approved: string; amended: string; executed: string },
): BudgetSummary {
  return { id: `${departmentId}:${year}`, departmentId, year, ...withRate(sums) };
}

/** Each department's expenditure lines of one year (its programmes' lines), by id, keyed by department id. */
export async function linesByDepartment(
  db: DataSource,
  ids: number[],
  year: number,
): Promise<Map<number, BudgetLine[]>> {
  const rows: { departmentId: number; id: number }[] = await db.query(
    `SELECT p.department_id AS "departmentId", l.id
       FROM budget.budget_line l JOIN budget.classification p ON ${PROGRAM_IN_FORCE}
      WHERE p.department_id = ANY($1) AND l.fiscal_year = $2 ORDER BY l.id`,
    [ids, year],
  );
  const lines = await db.getRepository(BudgetLine).findBy({ id: In(rows.map((r) => r.id)) });
  const byId = new Map(lines.map((l) => [l.id, l]));
  const byDepartment = new Map<number, BudgetLine[]>();
  for (const { departmentId, id } of rows)
    byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), byId.get(id)!]);
  return byDepartment;
}
