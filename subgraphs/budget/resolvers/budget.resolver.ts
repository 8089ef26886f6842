import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { BudgetContext } from "../context";
import { Budget } from "../entities/budget.type";
import { budgetOfYear } from "../services/budget.service";
import { checkYear } from "../services/year";

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => Budget, { nullable: true, description: "The city's budget of a year; null when the year has none." })
  budget(@Arg("year", () => Int) year: number, @Ctx() ctx: BudgetContext): Promise<Budget | null> {
    return budgetOfYear(ctx.db, checkYear(year));
  }
}
