import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Ukrainian names of each kind (journal), with their common word forms, as this migration
 * indexes them: a citizen searching "рішення" means the kind, which no title repeats. Frozen
 * here on purpose: changing the words is a new migration, since the column is generated.
 */
const KIND_WORDS: Record<string, string> = {
  INCOMING: "вхідний вхідні вхідного лист листи листа листів листом кореспонденція",
  OUTGOING: "вихідний вихідні вихідного лист листи листа листів листом відповідь",
  INTERNAL: "внутрішній внутрішні службова записка наказ накази наказу наказів наказом",
  DECISION: "рішення рішень рішенням рішеннями рішенні міська рада ради",
  COMMITTEE_DECISION: "рішення рішень рішенням рішеннями рішенні виконавчий комітет комітету виконком виконкому",
  ORDER: "розпорядження розпоряджень розпорядженням розпорядженнями розпорядженні міський голова голови",
};

const kindWordsSql = `(CASE kind ${Object.entries(KIND_WORDS)
  .map(([kind, words]) => `WHEN '${kind}' THEN '${words}'`)
  .join(" ")} ELSE '' END)`;

/**
 * Search over the kind's names besides title and summary. Title and summary weigh A and the kind's
 * words D, so a document whose own text matches ranks above one that only is of the kind.
 * Registration numbers get a prefix index ("865/03-8" exact, "865/" or "865" its journal number).
 */
export class SearchKindsAndNumbers1764310000000 implements MigrationInterface {
  name = "SearchKindsAndNumbers1764310000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents.document_search_idx`);
    await q.query(`DROP INDEX documents.document_trgm_idx`);
    await q.query(`ALTER TABLE documents.document DROP COLUMN search_vector, DROP COLUMN search_text`);
    await q.query(`
      ALTER TABLE documents.document
        ADD COLUMN search_text text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(summary, '') || ' ' || ${kindWordsSql})) STORED,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', title || ' ' || coalesce(summary, '')), 'A') || setweight(to_tsvector('simple', ${kindWordsSql}), 'D')
        ) STORED`);
    await q.query(`CREATE INDEX document_search_idx ON documents.document USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX document_trgm_idx ON documents.document USING gin (search_text documents.gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX document_number_idx ON documents.document (registration_number text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents.document_number_idx`);
    await q.query(`DROP INDEX documents.document_search_idx`);
    await q.query(`DROP INDEX documents.document_trgm_idx`);
    await q.query(`ALTER TABLE documents.document DROP COLUMN search_vector, DROP COLUMN search_text`);
    await q.query(`
      ALTER TABLE documents.document
        ADD COLUMN search_text text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(summary, ''))) STORED,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || coalesce(summary, ''))) STORED`);
    await q.query(`CREATE INDEX document_search_idx ON documents.document USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX document_trgm_idx ON documents.document USING gin (search_text documents.gin_trgm_ops)`,
    );
  }
}
