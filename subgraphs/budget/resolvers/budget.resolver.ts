import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { PageArgs, type Page } from "../../common/pagination";
import type { BudgetContext } from "../context";
import {
  BudgetTotals,
  EconomicGroupTotals,
  FundTotals,
  RevenueTotals,
  YearComparison,
} from "../entities/budget-amounts.type";
import { BudgetLineConnection } from "../entities/budget-line-connection.type";
import type { BudgetLine } from "../entities/budget-line.entity";
import { Budget } from "../entities/budget.type";
import { DepartmentTotals, ProgramTotals } from "../entities/grouped-totals.type";
import {
  budgetYears,
  expenditureTotals,
  revenueTotals,
  totalsByEconomicGroup,
  totalsByFund,
  totalsByProgram,
  yearOverYear,
} from "../services/budget-aggregates.service";
import { budgetOfYear } from "../services/budget.service";
import { linesOfYear } from "../services/budget-lines.page";
import { checkYear, YEAR_ARG } from "../services/year";

/** The city's budget of a year and its views; every aggregation is one SQL statement, run only when asked. */
@Resolver(() => Budget)
export class BudgetResolver {
  @PublicRecord()
  @Query(() => Budget, { nullable: true, description: "The city's budget of a year; null when the year has none." })
  budget(@Arg("year", () => Int, YEAR_ARG) year: number, @Ctx() ctx: BudgetContext): Promise<Budget | null> {
    return budgetOfYear(ctx.db, checkYear(year));
  }

  @PublicRecord()
  @Query(() => [Int], { description: "The years that have a budget, newest first." })
  budgetYears(@Ctx() ctx: BudgetContext): Promise<number[]> {
    return budgetYears(ctx.db);
  }

  @FieldResolver(() => BudgetTotals, { description: "Expenditure totals." })
  totals(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<BudgetTotals> {
    return expenditureTotals(ctx.db, b.year);
  }

  @FieldResolver(() => RevenueTotals, { description: "Revenue totals." })
  revenue(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<RevenueTotals> {
    return revenueTotals(ctx.db, b.year);
  }

  @FieldResolver(() => [FundTotals], { description: "Totals of each fund, general first." })
  byFund(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<FundTotals[]> {
    return totalsByFund(ctx.db, b.year);
  }

  @FieldResolver(() => [EconomicGroupTotals], {
    description: "By economic group: 2000 current, 3000 capital ..., with their sub-groups.",
  })
  byEconomicGroup(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<EconomicGroupTotals[]> {
    return totalsByEconomicGroup(ctx.db, b.year);
  }

  @FieldResolver(() => [ProgramTotals], { description: "By programme (lines imported without one are not in it)." })
  async byProgram(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<ProgramTotals[]> {
    const rows = await totalsByProgram(ctx.db, b.year, "program");
    return rows.map(({ code, name, departmentId, ...totals }) => ({
      ...totals,
      program: { code, name, departmentId },
    }));
  }

  @FieldResolver(() => [DepartmentTotals], { description: "By responsible department." })
  async byDepartment(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<DepartmentTotals[]> {
    const rows = await totalsByProgram(ctx.db, b.year, "department");
    return rows.map(({ departmentId, code: _c, name: _n, ...totals }) => ({
      ...totals,
      department: departmentId === null ? null : { id: String(departmentId) },
    }));
  }

  @FieldResolver(() => YearComparison, {
    description:
      "Against the year before, like for like: this year so far against the same months of the year before (YearComparison.throughMonth).",
  })
  yearOverYear(@Root() b: Budget, @Ctx() ctx: BudgetContext): Promise<YearComparison> {
    return yearOverYear(ctx.db, b.year);
  }

  @FieldResolver(() => BudgetLineConnection, { description: "The expenditure lines, page by page." })
  lines(
    @Root() b: Budget,
    @Ctx() ctx: BudgetContext,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<BudgetLine>> {
    return linesOfYear(ctx.db, b.year, paging);
  }
}
