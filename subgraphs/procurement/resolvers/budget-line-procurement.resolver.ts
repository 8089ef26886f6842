import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { BudgetLineRef } from "../entities/budget-line.ref";
import { Money } from "../entities/money.type";
import { TenderConnection } from "../entities/tender-connection.type";
import type { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";
import { NEWEST_TENDERS, TenderOrder } from "../inputs/tender-order.input";
import { tenderPlan } from "../services/tender-query.service";

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

  @FieldResolver(() => TenderConnection, {
    nullable: true,
    description: "Tenders funded by this line, newest published first unless orderBy says otherwise.",
  })
  tenders(
    @Root() line: BudgetLineRef,
    @Ctx() ctx: ProcurementContext,
    @Arg("filter", () => TenderFilter, { nullable: true }) filter: TenderFilter | undefined,
    @Arg("orderBy", () => TenderOrder, {
      nullable: true,
      defaultValue: NEWEST_TENDERS,
      description: "The order of the list (after relevance with filter.search).",
    })
    orderBy: TenderOrder | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<Tender>> {
    return ctx.loaders.tendersByLine.load({
      id: parseId(line.id),
      filter: filter ?? null,
      plan: tenderPlan(paging, orderBy, filter),
    });
  }
}
