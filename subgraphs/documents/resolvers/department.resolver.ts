import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { parseId } from "../../common/errors";
import { ControlStatsType } from "../entities/control-stats.type";
import type { ControlStats } from "../services/resolution-query.service";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
import { Staff } from "../entities/staff.entity";
import { DepartmentService } from "../services/department.service";
import { CONTROL_STATISTICS } from "../services/document-access";

@Resolver(() => Department)
export class DepartmentResolver {
  @PublicRecord()
  @Query(() => [Department], { nullable: true, description: "Every unit of the council, ordered by code." })
  departments(@Ctx() ctx: DocumentsContext): Promise<Department[]> {
    return new DepartmentService(ctx.db).list();
  }

  @PublicRecord()
  @Query(() => Department, { nullable: true, description: "One unit by id; null when there is none." })
  department(
    @Arg("id", () => ID, { description: "The unit's id." }) id: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Department | null> {
    return ctx.loaders.departmentById.load(parseId(id));
  }

  @PublicRecord()
  @Query(() => Department, {
    nullable: true,
    description:
      'One unit by its code in the council\'s structure, as people write it ("06", "02-05"); null when there is none. The graph addresses units by id; this is how a person\'s code finds the id.',
  })
  departmentByCode(
    @Arg("code", { description: 'The code, e.g. "06".' }) code: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Department | null> {
    return new DepartmentService(ctx.db).byCode(code);
  }

  @FieldResolver(() => Department, { nullable: true, description: "The unit this one belongs to." })
  parent(@Root() dep: Department, @Ctx() ctx: DocumentsContext): Promise<Department | null> | null {
    return dep.parentId === null ? null : ctx.loaders.departmentById.load(dep.parentId);
  }

  @FieldResolver(() => [Department], { description: "Units directly below this one." })
  children(@Root() dep: Department, @Ctx() ctx: DocumentsContext): Promise<Department[]> {
    return ctx.loaders.departmentsByParent.load(dep.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The head of the unit." })
  head(@Root() dep: Department, @Ctx() ctx: DocumentsContext): Promise<Staff | null> | null {
    return dep.headId === null ? null : ctx.loaders.staffById.load(dep.headId);
  }

  @FieldResolver(() => ControlStatsType, {
    nullable: true,
    description:
      "Control of execution: resolutions on control. Managers, analysts, admins (null with FORBIDDEN for others).",
  })
  @Authorized(CONTROL_STATISTICS)
  controlStats(@Root() dep: Department, @Ctx() ctx: DocumentsContext): Promise<ControlStats> {
    return ctx.loaders.controlStatsByDepartment.load(dep.id);
  }

  @FieldResolver(() => [Staff], { description: "The unit's staff, by name." })
  staff(@Root() dep: Department, @Ctx() ctx: DocumentsContext): Promise<Staff[]> {
    return ctx.loaders.staffByDepartment.load(dep.id);
  }
}
