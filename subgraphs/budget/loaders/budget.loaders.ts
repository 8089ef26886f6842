import type { DataSource } from "typeorm";
import { groupedByArgs } from "../../common/loaders";
import type { BudgetSummary } from "../entities/budget-amounts.type";
import { summariesByDepartment, summary } from "../services/budget.service";

/** One DataLoader per relation of the budget subgraph, made fresh for each request. */
export function createBudgetLoaders(db: DataSource) {
  return {
    summaryByDepartment: groupedByArgs<{ id: number; year: number }, BudgetSummary>(
      (ids, { year }) => summariesByDepartment(db, ids, year),
      ({ year }) => summary(year, { approved: "0.00", amended: "0.00", executed: "0.00" }),
    ),
  };
}

export type BudgetLoaders = ReturnType<typeof createBudgetLoaders>;
