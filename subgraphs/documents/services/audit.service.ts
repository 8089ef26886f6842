import type { DataSource, EntityManager } from "typeorm";
import { audit as append, auditReads as appendReads, type Actor } from "../../common/audit-trail";

export type { Actor };

/** Appends to the documents audit trail (see common/audit-trail.ts). */
export const audit = (
  db: DataSource | EntityManager,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | number,
  details: Record<string, unknown> | null = null,
) => append(db, "documents", actor, action, entity, entityId, details);

/** Records reads of restricted documents. */
export const auditReads = (db: DataSource, actor: Actor, entity: string, ids: readonly number[]) =>
  appendReads(db, "documents", actor, "READ_RESTRICTED", entity, ids);
