import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reads of applicants' personal data get a log of their own, one row per request (the appeals it
 * read as an array), partitioned by Kyiv month so that a decade of queue pages stays cheap to write
 * and old months leave by dropping their partition (the retention rule, personal-data-reads.ts),
 * never by deleting rows. Append-only like the audit trail: UPDATE, DELETE and TRUNCATE are refused.
 * Earlier reads stay where they were written, in appeals.audit_event (READ_PERSONAL_DATA).
 */
export class PersonalDataReads1764700000000 implements MigrationInterface {
  name = "PersonalDataReads1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appeals.personal_data_read (
        id bigserial,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_sub text,
        actor_roles text[] NOT NULL,
        request_id text,
        appeal_ids int[] NOT NULL,
        PRIMARY KEY (at, id)
      ) PARTITION BY RANGE (at)`);
    await q.query(`CREATE INDEX personal_data_read_appeals_idx ON appeals.personal_data_read USING gin (appeal_ids)`);
    await q.query(`CREATE INDEX personal_data_read_actor_idx ON appeals.personal_data_read (actor_sub, at)`);
    await q.query(`
      CREATE FUNCTION appeals.personal_data_read_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'appeals.personal_data_read is append-only: % refused', TG_OP;
      END $$`);
    await q.query(
      `CREATE TRIGGER personal_data_read_append_only BEFORE UPDATE OR DELETE ON appeals.personal_data_read FOR EACH ROW EXECUTE FUNCTION appeals.personal_data_read_is_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER personal_data_read_no_truncate BEFORE TRUNCATE ON appeals.personal_data_read FOR EACH STATEMENT EXECUTE FUNCTION appeals.personal_data_read_is_append_only()`,
    );
    // Creates the partitions of the Kyiv month of `at` and the twelve after it, and drops those of
    // months entirely before `retention_months` ago; returns the dropped partitions' names.
    await q.query(`
      CREATE FUNCTION appeals.personal_data_read_maintain(retention_months int, at timestamptz DEFAULT now())
      RETURNS text[] LANGUAGE plpgsql AS $$
      DECLARE
        this_month date := date_trunc('month', at AT TIME ZONE 'Europe/Kyiv')::date;
        m date;
        oldest_kept text;
        part record;
        dropped text[] := '{}';
      BEGIN
        IF retention_months IS NULL OR retention_months < 12 THEN
          RAISE EXCEPTION 'reads of personal data are kept at least 12 months, got %', retention_months;
        END IF;
        FOR i IN 0..12 LOOP
          m := (this_month + make_interval(months => i))::date;
          EXECUTE format(
            'CREATE TABLE IF NOT EXISTS appeals.%I PARTITION OF appeals.personal_data_read FOR VALUES FROM (%L) TO (%L)',
            'personal_data_read_' || to_char(m, 'YYYY_MM'),
            m::timestamp AT TIME ZONE 'Europe/Kyiv',
            (m + interval '1 month')::timestamp AT TIME ZONE 'Europe/Kyiv');
        END LOOP;
        oldest_kept := 'personal_data_read_' || to_char(this_month - make_interval(months => retention_months), 'YYYY_MM');
        FOR part IN
          SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = 'appeals.personal_data_read'::regclass AND c.relname < oldest_kept ORDER BY c.relname
        LOOP
          EXECUTE format('DROP TABLE appeals.%I', part.relname);
          dropped := dropped || part.relname::text;
        END LOOP;
        RETURN dropped;
      END $$`);
    await q.query(`SELECT appeals.personal_data_read_maintain(12)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appeals.personal_data_read`);
    await q.query(`DROP FUNCTION appeals.personal_data_read_maintain(int, timestamptz)`);
    await q.query(`DROP FUNCTION appeals.personal_data_read_is_append_only()`);
  }
}
