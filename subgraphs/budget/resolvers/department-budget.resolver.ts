import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { BudgetContext } from "../context";
import { BudgetSummary } from "../entities/budget-amounts.type";
import { DepartmentRef } from "../entities/department.ref";
import { checkYear, YEAR_ARG } from "../services/year";

/** What budget adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentBudgetResolver {
  @FieldResolver(() => BudgetSummary, {
    nullable: true,
    description:
      "The department's programmes' expenditure in a year; null with SERVICE_UNAVAILABLE while budget is down.",
  })
  budgetSummary(
    @Root() department: DepartmentRef,
    @Arg("year", () => Int, YEAR_ARG) year: number,
    @Ctx() ctx: BudgetContext,
  ): Promise<BudgetSummary> {
    return ctx.loaders.summaryByDepartment.load({ id: parseId(department.id), year: checkYear(year) });
  }
}
