import type { DataSource } from "typeorm";
import { In } from "typeorm";
import { groupedByArgs, manyByKey, oneByKey } from "../../common/loaders";
import type { BudgetSummary } from "../entities/budget-amounts.type";
import { BudgetLine } from "../entities/budget-line.entity";
import type { BudgetProgram, EconomicCode } from "../entities/classification.type";
import { linesByDepartment, summariesByDepartment, summary } from "../services/budget.service";
import { classificationsInForce, monthsOfLines } from "../services/budget-lines.service";

/** Loads classification entries in force in a year, keyed by code (keys: "<year>|<code>"). */
function classificationLoader(db: DataSource, kind: "PROGRAM" | "ECONOMIC") {
  return oneByKey(
    async (keys: readonly string[]) => {
      const byYear = new Map<number, string[]>();
      for (const key of keys) {
        const [year, code] = key.split("|");
        byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), code]);
      }
      const found = await Promise.all(
        [...byYear].map(async ([year, codes]) =>
          (await classificationsInForce(db, kind, codes, year)).map((c) => ({ ...c, key: `${year}|${c.code}` })),
        ),
      );
      return found.flat();
    },
    (c: (BudgetProgram & EconomicCode) & { key: string }) => c.key,
  );
}

/** One DataLoader per relation of the budget subgraph, made fresh for each request. */
export function createBudgetLoaders(db: DataSource) {
  return {
    summaryByDepartment: groupedByArgs<{ id: number; year: number }, BudgetSummary>(
      (ids, { year }) => summariesByDepartment(db, ids, year),
      ({ id, year }) => summary(id, year, { approved: "0.00", amended: "0.00", executed: "0.00" }),
    ),
    linesByDepartment: groupedByArgs<{ id: number; year: number }, BudgetLine[]>(
      (ids, { year }) => linesByDepartment(db, ids, year),
      () => [],
    ),
    lineById: oneByKey(
      (ids: readonly number[]) => db.getRepository(BudgetLine).findBy({ id: In([...ids]) }),
      (l) => l.id,
    ),
    programByYearCode: classificationLoader(db, "PROGRAM"),
    economicByYearCode: classificationLoader(db, "ECONOMIC"),
    monthsByLine: manyByKey(
      (ids: readonly number[]) => monthsOfLines(db, ids),
      (m) => m.lineId,
    ),
  };
}

export type BudgetLoaders = ReturnType<typeof createBudgetLoaders>;
