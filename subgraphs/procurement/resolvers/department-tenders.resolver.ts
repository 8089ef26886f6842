import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import { pageSize, type Page } from "../../common/pagination";
import type { ProcurementContext } from "../context";
import { DepartmentRef } from "../entities/department.ref";
import { TenderConnection } from "../entities/tender-connection.type";
import type { Tender } from "../entities/tender.entity";
import { TenderFilter } from "../inputs/tender-filter.input";

/** What procurement adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentTendersResolver {
  @FieldResolver(() => TenderConnection, {
    nullable: true,
    description:
      "Tenders where the department is the procuring entity, newest first; null with SERVICE_UNAVAILABLE while procurement is down.",
  })
  tenders(
    @Root() department: DepartmentRef,
    @Ctx() ctx: ProcurementContext,
    @Arg("filter", () => TenderFilter, { nullable: true }) filter?: TenderFilter,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<Page<Tender>> {
    return ctx.loaders.tendersByDepartment.load({
      id: parseId(department.id),
      filter: filter ?? null,
      size: pageSize(first),
      after: after ?? null,
    });
  }
}
