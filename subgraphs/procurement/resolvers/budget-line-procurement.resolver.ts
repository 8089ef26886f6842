import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { badInput, parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { BudgetLineRef } from "../entities/budget-line.ref";
import { Money } from "../entities/money.type";
import { TenderConnection } from "../entities/tender-connection.type";
import type { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";
import { NEWEST_TENDERS, TenderOrder } from "../inputs/tender-order.input";
import { tenderPlan } from "../services/tender-query.service";
import { exceeds } from "../services/line-contracting.service";
import { overCommittedLines } from "../services/over-committed.service";
import { OVER_COMMITTED_LINES } from "../services/procurement-access";

const uah = (amount: string): Money => ({ amount, currency: "UAH" });

/** The fiscal years overCommittedBudgetLines takes (the budget's range). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** What procurement adds to a budget line: the money trail from plan to contract. */
@Resolver(() => BudgetLineRef)
export class BudgetLineProcurementResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "The line's funding of its tenders that may still lead, or led, to a contract (tenders not cancelled, unsuccessful or withdrawn): the tenders' estimate, not a signed amount.",
  })
  async planned(@Root() line: BudgetLineRef, @Ctx() ctx: ProcurementContext): Promise<Money> {
    return uah((await ctx.loaders.contractingByLine.load(parseId(line.id))).planned);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "Signed contracts (active and terminated) of the line's tenders, in the line's share: a tender funded by several lines counts on each in proportion to its funding.",
  })
  async contracted(@Root() line: BudgetLineRef, @Ctx() ctx: ProcurementContext): Promise<Money> {
    return uah((await ctx.loaders.contractingByLine.load(parseId(line.id))).contracted);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "True when contracted exceeds the amended plan; null only when procurement could not answer.",
  })
  @Directive('@requires(fields: "amended")')
  async overCommitted(@Root() line: BudgetLineRef, @Ctx() ctx: ProcurementContext): Promise<boolean> {
    if (line.amended === undefined) throw new Error("overCommitted: the gateway passed no amended (its @requires)");
    return exceeds((await ctx.loaders.contractingByLine.load(parseId(line.id))).contracted, line.amended);
  }

  @FieldResolver(() => TenderConnection, {
    nullable: true,
    description: "Tenders funded by this line, newest published first unless orderBy says otherwise.",
  })
  tenders(
    @Root() line: BudgetLineRef,
    @Ctx() ctx: ProcurementContext,
    @Arg("filter", () => TenderFilter, { nullable: true, description: "Narrows the list; none gives every tender." })
    filter: TenderFilter | undefined,
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

  @Authorized(OVER_COMMITTED_LINES)
  @Query(() => [BudgetLineRef], {
    description:
      "The budget lines of a year whose signed contracts exceed the amended plan (overCommitted), by id. For managers, analysts and admins.",
  })
  overCommittedBudgetLines(
    @Arg("year", () => Int, { description: `The fiscal year, ${FIRST_YEAR} to ${LAST_YEAR}.` }) year: number,
    @Ctx() ctx: ProcurementContext,
  ): Promise<BudgetLineRef[]> {
    if (year < FIRST_YEAR || year > LAST_YEAR)
      throw badInput("year", `year must be between ${FIRST_YEAR} and ${LAST_YEAR}, got ${year}`);
    return overCommittedLines(ctx, year);
  }
}
