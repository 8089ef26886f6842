import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { BudgetContext } from "../context";
import { BudgetLine } from "../entities/budget-line.entity";
import { BudgetProgram, EconomicCode } from "../entities/classification.type";
import { DepartmentRef } from "../entities/department.ref";
import { BudgetLineMonth } from "../entities/line-month.type";

/** A line's classifications (as in force in its year) and months, all through loaders. */
@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @FieldResolver(() => BudgetProgram, {
    nullable: true,
    description: "The programme; null for lines imported without one.",
  })
  program(@Root() line: BudgetLine, @Ctx() ctx: BudgetContext): Promise<BudgetProgram | null> | null {
    return line.programCode === null
      ? null
      : ctx.loaders.programByYearCode.load(`${line.fiscalYear}|${line.programCode}`);
  }

  @FieldResolver(() => EconomicCode, { description: "The line's economic code (КЕКВ), as `2111`." })
  async economicCode(@Root() line: BudgetLine, @Ctx() ctx: BudgetContext): Promise<EconomicCode> {
    return (
      (await ctx.loaders.economicByYearCode.load(`${line.fiscalYear}|${line.economicCode}`)) ?? {
        code: line.economicCode,
        name: line.economicCode,
        parentCode: null,
      }
    );
  }

  @FieldResolver(() => [BudgetLineMonth], { description: "The monthly figures behind the amounts." })
  months(@Root() line: BudgetLine, @Ctx() ctx: BudgetContext): Promise<BudgetLineMonth[]> {
    return ctx.loaders.monthsByLine.load(line.id);
  }
}

@Resolver(() => BudgetProgram)
export class BudgetProgramResolver {
  @FieldResolver(() => DepartmentRef, { nullable: true, description: "The responsible department." })
  department(@Root() program: BudgetProgram): DepartmentRef | null {
    return program.departmentId === null ? null : { id: String(program.departmentId) };
  }
}
