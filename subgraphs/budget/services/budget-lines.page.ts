import type { DataSource } from "typeorm";
import { planPage, type Ordering } from "../../common/keyset";
import { entityColumns, fetchPage } from "../../common/keyset-query";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { BudgetLine } from "../entities/budget-line.entity";

/** The order of a year's lines: as loaded, by id (a year has some hundreds of lines). */
const BY_ID: Ordering = { name: "ID_ASC", keys: [{ column: "id", cast: "int", descending: false }] };

/** A page of the year's expenditure lines, with the total count. */
export async function linesOfYear(db: DataSource, year: number, paging: PageArgs): Promise<Page<BudgetLine>> {
  const plan = planPage(paging, BY_ID);
  const p = new SqlParams();
  const rows = `SELECT ${entityColumns(db, BudgetLine, "l")} FROM budget.budget_line l WHERE l.fiscal_year = ${p.add(year)}`;
  return fetchPage(db, rows, p, plan, (row) => Object.assign(new BudgetLine(), row));
}
