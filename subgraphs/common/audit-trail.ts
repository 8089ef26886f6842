import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from "typeorm";
import type { Viewer } from "./viewer";

/** Who acts, for an audit trail: the caller and the request it came with. */
export interface Actor {
  viewer: Viewer;
  requestId: string;
}

/**
 * Migration creating `<schema>.audit_event`: who did or read what, when. Append-only: a trigger
 * refuses every UPDATE, DELETE and TRUNCATE, so no path of the application can rewrite history.
 */
export function auditTrailMigration(schema: string, timestamp: number): new () => MigrationInterface {
  const name = `AuditTrail${timestamp}`;
  return class implements MigrationInterface {
    name = name;
    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE "${schema}".audit_event (
          id bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT clock_timestamp(),
          actor_sub text,
          actor_roles text[] NOT NULL,
          request_id text,
          action text NOT NULL,
          entity text NOT NULL,
          entity_id text NOT NULL,
          details jsonb
        )`);
      await q.query(`CREATE INDEX audit_event_entity_idx ON "${schema}".audit_event (entity, entity_id, id)`);
      await q.query(`CREATE INDEX audit_event_actor_idx ON "${schema}".audit_event (actor_sub, id)`);
      await q.query(`
        CREATE FUNCTION "${schema}".audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '${schema}.audit_event is append-only: % refused', TG_OP;
        END $$`);
      await q.query(
        `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "${schema}".audit_event FOR EACH ROW EXECUTE FUNCTION "${schema}".audit_event_is_append_only()`,
      );
      await q.query(
        `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "${schema}".audit_event FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".audit_event_is_append_only()`,
      );
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE "${schema}".audit_event`);
      await q.query(`DROP FUNCTION "${schema}".audit_event_is_append_only()`);
    }
  };
}

/**
 * Appends one entry. Pass the transaction's manager for changes, so the entry commits (or rolls
 * back) with what it records.
 */
export async function audit(
  db: DataSource | EntityManager,
  schema: string,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string | number,
  details: Record<string, unknown> | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO "${schema}".audit_event (actor_sub, actor_roles, request_id, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [actor.viewer.subject, actor.viewer.roles, actor.requestId, action, entity, String(entityId), details],
  );
}

/** Many reads of one kind in one statement (e.g. every restricted record one request read). */
export async function auditReads(
  db: DataSource,
  schema: string,
  actor: Actor,
  action: string,
  entity: string,
  ids: readonly number[],
): Promise<void> {
  await db.query(
    `INSERT INTO "${schema}".audit_event (actor_sub, actor_roles, request_id, action, entity, entity_id)
     SELECT $1, $2, $3, $4, $5, id::text FROM unnest($6::int[]) AS id`,
    [actor.viewer.subject, actor.viewer.roles, actor.requestId, action, entity, ids],
  );
}
