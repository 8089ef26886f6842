import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { DepartmentRef } from "../entities/department.ref";
import { Funding } from "../entities/funding.type";
import { Money } from "../entities/money.type";
import { Award, Contract, Item, Lot, Period } from "../entities/ocds-parts.type";
import { TenderConnection } from "../entities/tender-connection.type";
import { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";
import { NEWEST_TENDERS, TenderOrder } from "../inputs/tender-order.input";
import { listTenders, tenderPlan } from "../services/tender-query.service";

/** Tenders for the portal and integrators; every part comes through a per-request loader. */
@Resolver(() => Tender)
export class TenderResolver {
  @PublicRecord()
  @Query(() => Tender, { nullable: true, description: "One tender by id; null when there is none." })
  tender(
    @Arg("id", () => ID, { description: "The tender's id." }) id: string,
    @Ctx() ctx: ProcurementContext,
  ): Promise<Tender | null> {
    return ctx.loaders.tenderById.load(parseId(id));
  }

  @PublicRecord()
  @Query(() => TenderConnection, {
    nullable: true,
    description:
      "Tenders, filtered; newest published first unless orderBy says otherwise, most relevant first with filter.search.",
  })
  tenders(
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
    return listTenders(ctx.db, filter, tenderPlan(paging, orderBy, filter));
  }

  @FieldResolver(() => Money, { nullable: true, description: "The estimated value; null when not published." })
  value(@Root() t: Tender): Money | null {
    return t.valueAmount === null ? null : { amount: t.valueAmount, currency: t.valueCurrency ?? "UAH" };
  }

  @FieldResolver(() => Period, { nullable: true, description: "When bids are accepted." })
  tenderPeriod(@Root() t: Tender): Period | null {
    return t.tenderStart || t.tenderEnd ? { startDate: t.tenderStart, endDate: t.tenderEnd } : null;
  }

  @FieldResolver(() => Period, { nullable: true, description: "When questions are accepted." })
  enquiryPeriod(@Root() t: Tender): Period | null {
    return t.enquiryStart || t.enquiryEnd ? { startDate: t.enquiryStart, endDate: t.enquiryEnd } : null;
  }

  @FieldResolver(() => DepartmentRef, {
    nullable: true,
    description: "The department that buys, when it is one of the council's.",
  })
  procuringEntity(@Root() t: Tender): DepartmentRef | null {
    return t.procuringEntityId === null ? null : { id: String(t.procuringEntityId) };
  }

  @FieldResolver(() => [Item], { description: "What the tender buys." })
  items(@Root() t: Tender, @Ctx() ctx: ProcurementContext): Promise<Item[]> {
    return ctx.loaders.itemsByTender.load(t.id);
  }

  @FieldResolver(() => [Lot], {
    description: "The parts bid for on their own; none when the tender is not divided into lots.",
  })
  lots(@Root() t: Tender, @Ctx() ctx: ProcurementContext): Promise<Lot[]> {
    return ctx.loaders.lotsByTender.load(t.id);
  }

  @FieldResolver(() => [Award], { description: "Decisions on the winners." })
  awards(@Root() t: Tender, @Ctx() ctx: ProcurementContext): Promise<Award[]> {
    return ctx.loaders.awardsByTender.load(t.id);
  }

  @FieldResolver(() => [Contract], { description: "Contracts signed on its awards." })
  contracts(@Root() t: Tender, @Ctx() ctx: ProcurementContext): Promise<Contract[]> {
    return ctx.loaders.contractsByTender.load(t.id);
  }

  @FieldResolver(() => [Funding], { description: "Which budget lines pay how much." })
  funding(@Root() t: Tender, @Ctx() ctx: ProcurementContext): Promise<Funding[]> {
    return ctx.loaders.fundingByTender.load(t.id);
  }
}
