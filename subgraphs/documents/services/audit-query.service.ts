import type { DataSource } from "typeorm";
import { planPage, type Ordering } from "../../common/keyset";
import { entityColumns, fetchPage } from "../../common/keyset-query";
import type { Page, PageArgs } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { AuditEvent } from "../entities/audit-event.entity";

export interface AuditFilter {
  entity?: string | null;
  entityId?: string | null;
  actorSub?: string | null;
}

/** Newest first: the id is the order of writing. */
const NEWEST: Ordering = { name: "ID_DESC", keys: [{ column: "id", cast: "bigint", descending: true }] };

/** The audit trail, newest first. */
export async function auditTrail(db: DataSource, filter: AuditFilter, paging: PageArgs): Promise<Page<AuditEvent>> {
  const plan = planPage(paging, NEWEST);
  const p = new SqlParams();
  const where = ["true"];
  if (filter.entity) where.push(`e.entity = ${p.add(filter.entity)}`);
  if (filter.entityId) where.push(`e.entity_id = ${p.add(filter.entityId)}`);
  if (filter.actorSub) where.push(`e.actor_sub = ${p.add(filter.actorSub)}`);
  const rows = `SELECT ${entityColumns(db, AuditEvent, "e")} FROM documents.audit_event e WHERE ${where.join(" AND ")}`;
  return fetchPage(db, rows, p, plan, (row) => Object.assign(new AuditEvent(), row));
}
