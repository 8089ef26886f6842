import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tenders in the orders people ask for, and found by any form of a word:
 * - date_modified: when the process last changed (its latest release, else publication);
 * - one btree per order of the tenders list, on its sort key and the id (read in either
 *   direction): date published, date modified, value (no value sorts as -1); competitions by deadline;
 * - search as in documents and appeals: a 'simple' tsvector of title and description and a trigram
 *   index of the text (pg_trgm: one per database, wherever it was installed first).
 */
export class TenderOrdersSearch1764600000000 implements MigrationInterface {
  name = "TenderOrdersSearch1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA procurement`);
    const [{ schema }] = await q.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
    );
    const trgm = `"${String(schema).replace(/"/g, '""')}"`;
    await q.query(`
      ALTER TABLE procurement.tender
        ADD COLUMN date_modified timestamptz GENERATED ALWAYS AS (coalesce(release_date, date_published)) STORED,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || coalesce(description, ''))) STORED`);
    await q.query(`DROP INDEX procurement.tender_published_idx`);
    await q.query(`CREATE INDEX tender_published_idx ON procurement.tender (date_published, id)`);
    await q.query(`CREATE INDEX tender_modified_idx ON procurement.tender (date_modified, id)`);
    await q.query(`CREATE INDEX tender_value_idx ON procurement.tender ((coalesce(value_amount, -1)), id)`);
    await q.query(`CREATE INDEX competition_deadline_idx ON procurement.competition (deadline, id)`);
    await q.query(`CREATE INDEX tender_search_idx ON procurement.tender USING gin (search_vector)`);
    await q.query(`CREATE INDEX tender_trgm_idx ON procurement.tender USING gin (search_text ${trgm}.gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      "tender_trgm_idx",
      "tender_search_idx",
      "competition_deadline_idx",
      "tender_value_idx",
      "tender_modified_idx",
    ])
      await q.query(`DROP INDEX procurement.${index}`);
    await q.query(`ALTER TABLE procurement.tender DROP COLUMN search_vector, DROP COLUMN date_modified`);
    await q.query(`DROP INDEX procurement.tender_published_idx`);
    await q.query(`CREATE INDEX tender_published_idx ON procurement.tender (date_published)`);
  }
}
