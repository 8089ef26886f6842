import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { connectionType, PageArgs, type Page } from "../../common/pagination";
import type { DocumentsContext } from "../context";
import { AuditEvent } from "../entities/audit-event.entity";
import { auditTrail } from "../services/audit-query.service";
import { AUDIT_TRAIL } from "../services/document-access";

const AuditEventConnection = connectionType(AuditEvent, "AuditEvent");

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    nullable: true,
    description: "The audit trail of document flow, newest first. Admins only.",
  })
  @Authorized(AUDIT_TRAIL)
  auditTrail(
    @Ctx() ctx: DocumentsContext,
    @Arg("entity", () => String, {
      nullable: true,
      description: "Only entries about this kind of record, as `Document`.",
    })
    entity: string | undefined,
    @Arg("entityId", () => ID, { nullable: true, description: "Only entries about the record with this id." })
    entityId: string | undefined,
    @Arg("actorSub", () => String, { nullable: true, description: "Only entries by this caller (token subject)." })
    actorSub: string | undefined,
    @Args(() => PageArgs) paging: PageArgs,
  ): Promise<Page<AuditEvent>> {
    return auditTrail(ctx.db, { entity, entityId, actorSub }, paging);
  }
}
