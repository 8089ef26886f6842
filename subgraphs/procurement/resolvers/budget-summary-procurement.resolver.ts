import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { ProcurementContext } from "../context";
import { BudgetSummaryRef } from "../entities/budget-summary.ref";
import { Money } from "../entities/money.type";
import { exceeds, fromKopiykas, kopiykas, type LineContracting } from "../services/line-contracting.service";

/** The department's lines with what procurement knows of each, through the per-request loader (one batch). */
async function linesOf(summary: BudgetSummaryRef, ctx: ProcurementContext) {
  const found = await ctx.loaders.contractingByLine.loadMany(summary.lines.map((l) => parseId(l.id)));
  return summary.lines.map((line, i) => {
    const c = found[i];
    if (c instanceof Error) throw c;
    return { line, contracting: c as LineContracting };
  });
}

const sum = (amounts: string[]): Money => ({
  amount: fromKopiykas(amounts.reduce((a, x) => a + kopiykas(x), 0n)),
  currency: "UAH",
});

/**
 * What procurement adds to a department's budget of a year: its lines' planned and contracted money, summed.
 * Nullable like every field one subgraph adds to another's entity: null (with an error) when procurement is down.
 */
@Resolver(() => BudgetSummaryRef)
export class BudgetSummaryProcurementResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: "The sum of the department's lines' planned (BudgetLine.planned).",
  })
  @Directive('@requires(fields: "lines { id amended }")')
  async planned(@Root() summary: BudgetSummaryRef, @Ctx() ctx: ProcurementContext): Promise<Money> {
    return sum((await linesOf(summary, ctx)).map((l) => l.contracting.planned));
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The sum of the department's lines' contracted (BudgetLine.contracted).",
  })
  @Directive('@requires(fields: "lines { id amended }")')
  async contracted(@Root() summary: BudgetSummaryRef, @Ctx() ctx: ProcurementContext): Promise<Money> {
    return sum((await linesOf(summary, ctx)).map((l) => l.contracting.contracted));
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many of the department's lines are overCommitted." })
  @Directive('@requires(fields: "lines { id amended }")')
  async overCommittedLines(@Root() summary: BudgetSummaryRef, @Ctx() ctx: ProcurementContext): Promise<number> {
    return (await linesOf(summary, ctx)).filter((l) => exceeds(l.contracting.contracted, l.line.amended ?? "0")).length;
  }
}
