import type { DataSource } from "typeorm";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { BudgetLine } from "../entities/budget-line.entity";
import type { BudgetProgram, EconomicCode } from "../entities/classification.type";
import type { BudgetLineMonth } from "../entities/line-month.type";

/** A page of the year's expenditure lines, by id (keyset), with the total count. */
export async function linesOfYear(db: DataSource, year: number, size: number, after: string | null | undefined): Promise<Page<BudgetLine>> {
  const query = db.getRepository(BudgetLine).createQueryBuilder("l").where("l.fiscal_year = :year", { year });
  const totalCount = await query.clone().getCount();
  const cursor = decodeCursor(after, ["number"]);
  if (cursor) query.andWhere("l.id > :after", { after: cursor[0] });
  const rows = await query.orderBy("l.id", "ASC").limit(size + 1).getMany();
  return toPage(rows, size, totalCount, (l) => [l.id]);
}

/** Classification entries in force in a year, for many codes at once. */
export async function classificationsInForce(db: DataSource, kind: "PROGRAM" | "ECONOMIC", codes: string[], year: number): Promise<(BudgetProgram & EconomicCode)[]> {
  return db.query(
    `SELECT code, name, parent_code AS "parentCode", department_id AS "departmentId" FROM budget.classification
      WHERE kind = $1 AND code = ANY($2) AND valid_from <= make_date($3, 12, 31) AND (valid_to IS NULL OR valid_to >= make_date($3, 1, 1))`,
    [kind, codes, year],
  );
}

/** Months of many lines; a month's execution is the difference from the month before. */
export async function monthsOfLines(db: DataSource, ids: readonly number[]): Promise<(BudgetLineMonth & { lineId: number })[]> {
  return db.query(
    `SELECT line_id AS "lineId", month, plan::text AS plan, executed_to_date::text AS "executedToDate",
            (executed_to_date - coalesce(lag(executed_to_date) OVER (PARTITION BY line_id ORDER BY month), 0))::numeric(18,2)::text AS "executedInMonth"
       FROM budget.budget_line_month WHERE line_id = ANY($1) ORDER BY line_id, month`,
    [ids],
  );
}
