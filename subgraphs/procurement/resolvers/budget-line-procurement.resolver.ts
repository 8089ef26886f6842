import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import { pageSize, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { BudgetLineRef } from "../entities/budget-line.ref";
import { Money } from "../entities/money.type";
import { TenderConnection } from "../entities/tender-connection.type";
import type { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";

/** What procurement adds to a budget line: the money trail from plan to contract. */
@Resolver(() => BudgetLineRef)
export class BudgetLineProcurementResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: "Funding on this line of tenders with an active contract.",
  })
  async contracted(@Root() line: BudgetLineRef, @Ctx() ctx: ProcurementContext): Promise<Money> {
    return { amount: await ctx.loaders.contractedByLine.load(parseId(line.id)), currency: "UAH" };
  }

  @FieldResolver(() => TenderConnection, { nullable: true, description: "Tenders funded by this line, newest first." })
  tenders(
    @Root() line: BudgetLineRef,
    @Ctx() ctx: ProcurementContext,
    @Arg("filter", () => TenderFilter, { nullable: true }) filter?: TenderFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<Page<Tender>> {
    return ctx.loaders.tendersByLine.load({
      id: parseId(line.id),
      filter: filter ?? null,
      size: pageSize(first),
      after: after ?? null,
    });
  }
}
