import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Document flow: registered documents with a gap-free number per journal (kind) and year, full
 * text search (words and trigrams, so Ukrainian word forms still match), and resolutions with
 * their executors (position 0 is responsible).
 */
export class Documents1764280000000 implements MigrationInterface {
  name = "Documents1764280000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA documents`);
    await q.query(
      `CREATE TABLE documents.journal_counter (kind text NOT NULL, year int NOT NULL, last_number int NOT NULL, PRIMARY KEY (kind, year))`,
    );
    await q.query(`
      CREATE TABLE documents.document (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('INCOMING','OUTGOING','INTERNAL','DECISION','COMMITTEE_DECISION','ORDER')),
        registration_year int NOT NULL,
        registration_seq int NOT NULL,
        file_index text NOT NULL CHECK (file_index ~ '^[0-9]{2}(-[0-9]{1,3})*$'),
        registration_number text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        title text COLLATE "uk-x-icu" NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        summary text CHECK (length(summary) <= 5000),
        correspondent text CHECK (length(correspondent) <= 300),
        department_id int NOT NULL REFERENCES documents.department (id),
        access_level text NOT NULL CHECK (access_level IN ('PUBLIC','INTERNAL','RESTRICTED')),
        status text NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED','IN_WORK','DONE')),
        registered_by int REFERENCES documents.staff (id),
        search_text text GENERATED ALWAYS AS (lower(title || ' ' || coalesce(summary, ''))) STORED,
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || coalesce(summary, ''))) STORED,
        UNIQUE (kind, registration_year, registration_seq)
      )`);
    await q.query(`CREATE INDEX document_department_idx ON documents.document (department_id, registered_at DESC)`);
    await q.query(`CREATE INDEX document_registered_idx ON documents.document (registered_at DESC, id DESC)`);
    await q.query(`CREATE INDEX document_search_idx ON documents.document USING gin (search_vector)`);
    await q.query(
      `CREATE INDEX document_trgm_idx ON documents.document USING gin (search_text documents.gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE documents.resolution (
        id serial PRIMARY KEY,
        document_id int NOT NULL REFERENCES documents.document (id),
        text text NOT NULL CHECK (length(text) BETWEEN 3 AND 5000),
        due_date date NOT NULL,
        on_control boolean NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','REPORTED','DONE')),
        author_id int NOT NULL REFERENCES documents.staff (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        report text CHECK (length(report) <= 5000),
        accepted_at timestamptz,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX resolution_document_idx ON documents.resolution (document_id)`);
    await q.query(`
      CREATE TABLE documents.resolution_executor (
        resolution_id int NOT NULL REFERENCES documents.resolution (id),
        staff_id int NOT NULL REFERENCES documents.staff (id),
        position int NOT NULL,
        PRIMARY KEY (resolution_id, staff_id),
        UNIQUE (resolution_id, position)
      )`);
    await q.query(`CREATE INDEX resolution_executor_staff_idx ON documents.resolution_executor (staff_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents.resolution_executor`);
    await q.query(`DROP TABLE documents.resolution`);
    await q.query(`DROP TABLE documents.document`);
    await q.query(`DROP TABLE documents.journal_counter`);
  }
}
