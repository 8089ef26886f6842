import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { AppealsContext } from "../context";
import { AppealStats } from "../entities/appeal-stats.type";
import { DepartmentRef } from "../entities/department.ref";
import { APPEAL_STATISTICS } from "../services/appeal-access";

/** What appeals adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentAppealsResolver {
  @FieldResolver(() => AppealStats, {
    nullable: true,
    description:
      "How the department handles citizens' appeals; managers, analysts, admins (null with FORBIDDEN for others).",
  })
  @Authorized(APPEAL_STATISTICS)
  appealStats(@Root() department: DepartmentRef, @Ctx() ctx: AppealsContext): Promise<AppealStats> {
    return ctx.loaders.statsByDepartment.load(parseId(department.id));
  }
}
