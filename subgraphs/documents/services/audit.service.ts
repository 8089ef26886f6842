import type { DataSource, EntityManager } from "typeorm";
import type { Identity } from "../../common/identity";

/** Who acts, for the audit trail: the verified identity and the request it came with. */
export interface Actor {
  viewer: Identity;
  requestId: string;
}

/**
 * Appends one entry to the audit trail. Pass the transaction's manager for changes, so the
 * entry commits (or rolls back) with what it records.
 */
export async function audit(
  db: DataSource | EntityManager,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | number,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO documents.audit_event (actor_sub, actor_roles, request_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [actor.viewer.sub, actor.viewer.roles, actor.requestId, action, entity, String(entityId), details],
  );
}

/** Many reads in one statement (e.g. every restricted document one request read). */
export async function auditReads(db: DataSource, actor: Actor, entity: string, ids: readonly number[]): Promise<void> {
  await db.query(
    `INSERT INTO documents.audit_event (actor_sub, actor_roles, request_id, action, entity, entity_id)
     SELECT $1, $2, $3, 'READ_RESTRICTED', $4, id::text FROM unnest($5::int[]) AS id`,
    [actor.viewer.sub, actor.viewer.roles, actor.requestId, entity, ids],
  );
}
