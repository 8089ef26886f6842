import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
import { Role } from "../entities/role.enum";
import { Staff } from "../entities/staff.entity";
import { ROLES_OF_STAFF } from "../services/document-access";

@Resolver(() => Staff)
export class StaffResolver {
  @Query(() => Staff, { nullable: true, description: "One member of staff by id; null when there is none." })
  staffMember(
    @Arg("id", () => ID, { description: "The member of staff's id." }) id: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<Staff | null> {
    return ctx.loaders.staffById.load(parseId(id));
  }

  @FieldResolver(() => Department, { description: "The unit they work in." })
  async department(@Root() staff: Staff, @Ctx() ctx: DocumentsContext): Promise<Department> {
    const department = await ctx.loaders.departmentById.load(staff.departmentId);
    if (!department) throw new Error(`Staff ${staff.id} points at missing department ${staff.departmentId}`);
    return department;
  }

  /** Staff only (ROLES_OF_STAFF), on every path to a Staff: heads, executors, department lists, entity references. */
  @FieldResolver(() => [Role], {
    nullable: true,
    description: "What the member of staff may do. Staff only (null with UNAUTHENTICATED or FORBIDDEN for others).",
  })
  @Authorized(ROLES_OF_STAFF)
  roles(@Root() staff: Staff): Role[] {
    return staff.roles;
  }
}
