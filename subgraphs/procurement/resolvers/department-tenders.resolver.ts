import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import { PageArgs, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { DepartmentRef } from "../entities/department.ref";
import { TenderConnection } from "../entities/tender-connection.type";
import type { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";
import { NEWEST_TENDERS, TenderOrder } from "../inputs/tender-order.input";
import { tenderPlan } from "../services/tender-query.service";

/** What procurement adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentTendersResolver {
  @FieldResolver(() => TenderConnection, {
    nullable: true,
    description:
      "Tenders where the department is the procuring entity, newest published first unless orderBy says otherwise; null with SERVICE_UNAVAILABLE while procurement is down.",
  })
  tenders(
    @Root() department: DepartmentRef,
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
    return ctx.loaders.tendersByDepartment.load({
      id: parseId(department.id),
      filter: filter ?? null,
      plan: tenderPlan(paging, orderBy, filter),
    });
  }
}
