import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { BudgetContext } from "../context";
import { BudgetSummary } from "../entities/budget-amounts.type";
import { BudgetLine } from "../entities/budget-line.entity";

/** A department's budget of a year: its lines, through the per-request loader. */
@Resolver(() => BudgetSummary)
export class BudgetSummaryResolver {
  @FieldResolver(() => [BudgetLine], {
    description: "The department's programmes' expenditure lines of the year, by id.",
  })
  lines(@Root() summary: BudgetSummary, @Ctx() ctx: BudgetContext): Promise<BudgetLine[]> {
    return ctx.loaders.linesByDepartment.load({ id: summary.departmentId, year: summary.year });
  }
}
