import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { AppealsContext } from "../context";
import { AppealStats } from "../entities/appeal-stats.type";
import { DepartmentRef } from "../entities/department.ref";

/** What appeals adds to a department. */
@Resolver(() => DepartmentRef)
export class DepartmentAppealsResolver {
  @FieldResolver(() => AppealStats, { description: "How the department handles citizens' appeals." })
  appealStats(@Root() department: DepartmentRef, @Ctx() ctx: AppealsContext): Promise<AppealStats> {
    return ctx.loaders.statsByDepartment.load(parseId(department.id));
  }
}
