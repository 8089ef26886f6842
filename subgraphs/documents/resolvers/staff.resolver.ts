import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import { isStaff } from "../../common/identity";
import type { DocumentsContext } from "../context";
import { documentErrors } from "../errors";
import { Department } from "../entities/department.entity";
import { Role } from "../entities/role.enum";
import { Staff } from "../entities/staff.entity";

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { nullable: true, description: "One member of staff by id; null when there is none." })
  staffMember(@Arg("id", () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<Staff | null> {
    return ctx.loaders.staffById.load(parseId(id));
  }

  @FieldResolver(() => Department)
  async department(@Root() staff: Staff, @Ctx() ctx: DocumentsContext): Promise<Department> {
    const department = await ctx.loaders.departmentById.load(staff.departmentId);
    if (!department) throw new Error(`Staff ${staff.id} points at missing department ${staff.departmentId}`);
    return department;
  }

  /**
   * Roles tell who holds which powers (who is an admin): staff only, on every path to a Staff
   * (heads, executors, department lists, entity references from other subgraphs).
   */
  @FieldResolver(() => [Role], { nullable: true, description: "What the member of staff may do. Staff only (null with UNAUTHENTICATED or FORBIDDEN for others)." })
  roles(@Root() staff: Staff, @Ctx() ctx: DocumentsContext): Role[] {
    if (ctx.viewer.sub === null) throw documentErrors.signIn("see the roles of staff");
    if (!isStaff(ctx.viewer)) throw documentErrors.forbidden("The roles of staff are visible to staff only");
    return staff.roles;
  }
}
