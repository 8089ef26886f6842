import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { hasAnyRole } from "../../common/identity";
import { connectionType, pageSize, type Page } from "../../common/pagination";
import type { DocumentsContext } from "../context";
import { AuditEvent } from "../entities/audit-event.entity";
import { documentErrors } from "../errors";
import { auditTrail } from "../services/audit-query.service";

const AuditEventConnection = connectionType(AuditEvent, "AuditEvent");

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The audit trail of document flow, newest first. Admins only." })
  auditTrail(
    @Ctx() ctx: DocumentsContext,
    @Arg("entity", () => String, { nullable: true }) entity?: string,
    @Arg("entityId", () => ID, { nullable: true }) entityId?: string,
    @Arg("actorSub", () => String, { nullable: true }) actorSub?: string,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<Page<AuditEvent>> {
    if (ctx.viewer.sub === null) throw documentErrors.signIn("read the audit trail");
    if (!hasAnyRole(ctx.viewer, "admin")) throw documentErrors.forbidden("The audit trail is for admins");
    return auditTrail(ctx.db, { entity, entityId, actorSub }, pageSize(first), after);
  }
}
