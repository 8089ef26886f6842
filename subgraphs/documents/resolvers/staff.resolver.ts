import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../../common/errors";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
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
}
