import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail of document flow: who did or read what, when. Append-only: a trigger refuses
 * every UPDATE, DELETE and TRUNCATE, so no path of the application can rewrite history.
 */
export class AuditTrail1764290000000 implements MigrationInterface {
  name = "AuditTrail1764290000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents.audit_event (
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
    await q.query(`CREATE INDEX audit_event_entity_idx ON documents.audit_event (entity, entity_id, id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON documents.audit_event (actor_sub, id)`);
    await q.query(`
      CREATE FUNCTION documents.audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'documents.audit_event is append-only: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON documents.audit_event
        FOR EACH ROW EXECUTE FUNCTION documents.audit_event_is_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON documents.audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION documents.audit_event_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents.audit_event`);
    await q.query(`DROP FUNCTION documents.audit_event_is_append_only()`);
  }
}
