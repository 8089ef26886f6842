import type { DataSource } from "typeorm";
import { decodeCursor, toPage, type Page } from "../../common/pagination";
import { AuditEvent } from "../entities/audit-event.entity";

export interface AuditFilter {
  entity?: string | null;
  entityId?: string | null;
  actorSub?: string | null;
}

/** The audit trail, newest first, keyset on id. */
export async function auditTrail(
  db: DataSource,
  filter: AuditFilter,
  size: number,
  after: string | null | undefined,
): Promise<Page<AuditEvent>> {
  const query = db.getRepository(AuditEvent).createQueryBuilder("e");
  if (filter.entity) query.andWhere("e.entity = :entity", { entity: filter.entity });
  if (filter.entityId) query.andWhere("e.entity_id = :entityId", { entityId: filter.entityId });
  if (filter.actorSub) query.andWhere("e.actor_sub = :actorSub", { actorSub: filter.actorSub });
  const totalCount = await query.clone().getCount();
  const cursor = decodeCursor(after, ["string"]);
  if (cursor) query.andWhere("e.id < :after", { after: cursor[0] });
  const rows = await query
    .orderBy("e.id", "DESC")
    .limit(size + 1)
    .getMany();
  return toPage(rows, size, totalCount, (e) => [String(e.id)]);
}
