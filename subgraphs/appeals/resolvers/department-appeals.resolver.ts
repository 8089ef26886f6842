import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { AppealsContext } from "../context";
import { AppealStats } from "../entities/appeal-stats.type";
import { DepartmentRef } from "../entities/department.ref";
import { appealErrors } from "../errors";
import { canSeeStatistics } from "../services/appeal-access";

/** What appeals adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentAppealsResolver {
  @FieldResolver(() => AppealStats, { nullable: true, description: "How the department handles citizens' appeals; managers, analysts, admins (null with FORBIDDEN for others)." })
  appealStats(@Root() department: DepartmentRef, @Ctx() ctx: AppealsContext): Promise<AppealStats> {
    if (ctx.viewer.sub === null) throw appealErrors.signIn("see appeal statistics");
    if (!canSeeStatistics(ctx.viewer)) throw appealErrors.forbidden("Appeal statistics are for managers, analysts and admins");
    return ctx.loaders.statsByDepartment.load(parseId(department.id));
  }
}
