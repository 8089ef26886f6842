import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Appeals staff can find and trust:
 * - normalisation functions (one definition for stored columns, matching and search queries);
 * - search: a tsvector of the words (subject, text, applicant, address, e-mail, location) and a
 *   trigram column of the short fields (number, tracking code, subject, name, address, e-mail,
 *   phone digits), both GIN-indexed (pg_trgm classifies letters by LC_CTYPE: a UTF-8 aware one);
 * - repeated appeals (art. 8): the same applicant's earlier appeals in the same category within a
 *   year, linked at registration (existing appeals are linked here);
 * - privilege: stated (CLAIMED) until staff confirm it; only CONFIRMED orders the queue;
 * - the ground of a rejection.
 */
export class AppealsSearchRepeatsPrivilege1764510000000 implements MigrationInterface {
  name = "AppealsSearchRepeatsPrivilege1764510000000";

  async up(q: QueryRunner): Promise<void> {
    // One pg_trgm per database: documents may have installed it in its own schema already.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA appeals`);
    const [{ schema }] = await q.query(
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
    );
    const trgm = `"${String(schema).replace(/"/g, '""')}"`;

    // Lower case, apostrophes (' ’ ʼ ‘ `) dropped: "П'ятниця" and "пʼятниця" are one word.
    await q.query(`CREATE FUNCTION appeals.search_norm(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT lower(translate(coalesce(t, ''), '''’ʼ‘\`', '')) $f$`);
    // A name: search_norm, runs of white space as one space, trimmed.
    await q.query(`CREATE FUNCTION appeals.normalize_name(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT nullif(btrim(regexp_replace(appeals.search_norm(t), '\\s+', ' ', 'g')), '') $f$`);
    // An address: search_norm without spaces and punctuation ("вул.Київська 77,кв.15" = "вул. Київська, 77, кв. 15").
    await q.query(`CREATE FUNCTION appeals.normalize_address(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT nullif(regexp_replace(appeals.search_norm(t), '[\\s[:punct:]«»№–—]+', '', 'g'), '') $f$`);
    await q.query(`CREATE FUNCTION appeals.normalize_email(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT nullif(lower(btrim(t)), '') $f$`);
    // A phone: digits only, the national 0XXXXXXXXX (and old 80XXXXXXXXX) written as 380XXXXXXXXX.
    await q.query(`CREATE FUNCTION appeals.normalize_phone(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $f$ SELECT CASE WHEN d ~ '^0[0-9]{9}$' THEN '38' || d WHEN d ~ '^80[0-9]{9}$' THEN '3' || d ELSE nullif(d, '') END
             FROM (SELECT regexp_replace(coalesce(t, ''), '[^0-9]', '', 'g') AS d) digits $f$`);

    await q.query(`
      ALTER TABLE appeals.appeal
        ADD COLUMN applicant_name_norm text GENERATED ALWAYS AS (appeals.normalize_name(applicant_full_name)) STORED,
        ADD COLUMN applicant_address_norm text GENERATED ALWAYS AS (appeals.normalize_address(applicant_address)) STORED,
        ADD COLUMN applicant_email_norm text GENERATED ALWAYS AS (appeals.normalize_email(applicant_email)) STORED,
        ADD COLUMN applicant_phone_norm text GENERATED ALWAYS AS (appeals.normalize_phone(applicant_phone)) STORED,
        ADD COLUMN search_text text GENERATED ALWAYS AS (appeals.search_norm(
          registration_number || ' ' || tracking_code || ' ' || subject || ' ' || applicant_full_name || ' ' || applicant_address
          || ' ' || coalesce(applicant_email, '') || ' ' || coalesce(appeals.normalize_phone(applicant_phone), ''))) STORED,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', appeals.search_norm(
          subject || ' ' || text || ' ' || applicant_full_name || ' ' || applicant_address || ' ' || coalesce(applicant_email, '')
          || ' ' || coalesce(location_address, '')))) STORED,
        ADD COLUMN privilege_category text CHECK (privilege_category IN
          ('HERO_OF_UKRAINE','WAR_DISABLED','COMBATANT','WAR_VETERAN','PERSON_WITH_DISABILITY','CHORNOBYL','OTHER')),
        ADD COLUMN privilege_status text NOT NULL DEFAULT 'NONE' CHECK (privilege_status IN ('NONE','CLAIMED','CONFIRMED','DECLINED')),
        ADD COLUMN rejection_code text CHECK (rejection_code IN ('REPEATED','ANONYMOUS','INCOMPLETE','COMPLAINT_TERM_MISSED','OTHER'))`);
    // What citizens said so far was never checked: a claim, not a confirmed privilege.
    await q.query(`UPDATE appeals.appeal SET privilege_status = 'CLAIMED' WHERE privileged`);
    await q.query(`UPDATE appeals.appeal SET rejection_code = 'OTHER' WHERE status = 'REJECTED'`);

    await q.query(`CREATE INDEX appeal_search_idx ON appeals.appeal USING gin (search_vector)`);
    await q.query(`CREATE INDEX appeal_trgm_idx ON appeals.appeal USING gin (search_text ${trgm}.gin_trgm_ops)`);
    await q.query(`CREATE INDEX appeal_applicant_idx ON appeals.appeal (applicant_name_norm, category, received_at)`);
    await q.query(`DROP INDEX appeals.appeal_queue_idx`);
    await q.query(`CREATE INDEX appeal_queue_idx ON appeals.appeal ((privilege_status <> 'CONFIRMED'), due_date, id)`);

    await q.query(`
      CREATE TABLE appeals.appeal_repeat (
        appeal_id int NOT NULL REFERENCES appeals.appeal (id),
        earlier_id int NOT NULL REFERENCES appeals.appeal (id),
        PRIMARY KEY (appeal_id, earlier_id),
        CHECK (appeal_id <> earlier_id)
      )`);
    await q.query(`
      INSERT INTO appeals.appeal_repeat (appeal_id, earlier_id)
      SELECT n.id, e.id FROM appeals.appeal n JOIN appeals.appeal e
          ON e.applicant_name_norm = n.applicant_name_norm AND e.category = n.category
         AND e.received_at < n.received_at AND e.received_at >= n.received_at - interval '1 year'
         AND (e.applicant_address_norm = n.applicant_address_norm OR e.applicant_email_norm = n.applicant_email_norm
              OR e.applicant_phone_norm = n.applicant_phone_norm)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appeals.appeal_repeat`);
    await q.query(`DROP INDEX appeals.appeal_queue_idx`);
    await q.query(`CREATE INDEX appeal_queue_idx ON appeals.appeal ((NOT privileged), due_date, id)`);
    await q.query(`
      ALTER TABLE appeals.appeal DROP COLUMN search_vector, DROP COLUMN search_text, DROP COLUMN applicant_phone_norm,
        DROP COLUMN applicant_email_norm, DROP COLUMN applicant_address_norm, DROP COLUMN applicant_name_norm,
        DROP COLUMN privilege_category, DROP COLUMN privilege_status, DROP COLUMN rejection_code`);
    for (const f of ["normalize_phone", "normalize_email", "normalize_address", "normalize_name", "search_norm"]) {
      await q.query(`DROP FUNCTION appeals.${f}(text)`);
    }
  }
}
