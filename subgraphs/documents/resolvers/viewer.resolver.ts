import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { DocumentsContext } from "../context";
import { Department } from "../entities/department.entity";
import { Role } from "../entities/role.enum";
import { Staff } from "../entities/staff.entity";
import { Viewer } from "../entities/viewer.type";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: "The caller's identity; anonymous when no token was sent." })
  viewer(@Ctx() ctx: DocumentsContext): Viewer {
    const { sub, roles, departmentId } = ctx.viewer.identity;
    return { authenticated: sub !== null, roles: roles as Role[], departmentId, sub };
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description: "The department a staff token belongs to; null for others.",
  })
  department(@Root() viewer: Viewer, @Ctx() ctx: DocumentsContext): Promise<Department | null> | null {
    return viewer.departmentId === null ? null : ctx.loaders.departmentById.load(Number(viewer.departmentId));
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: "The member of staff signed in; null for citizens and anonymous callers.",
  })
  staff(@Ctx() ctx: DocumentsContext): Promise<Staff | null> | null {
    const id = ctx.viewer.staffId;
    return id === null ? null : ctx.loaders.staffById.load(id);
  }
}
