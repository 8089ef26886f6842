import type { MigrationInterface, QueryRunner } from "typeorm";

/** Registered documents: the registration stamp (kind, index, date) and what access level guards. */
export class Documents1764280000000 implements MigrationInterface {
  name = "Documents1764280000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents.document (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('INCOMING','OUTGOING','INTERNAL','DECISION','ORDER')),
        registration_number text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        title text COLLATE "uk-x-icu" NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        summary text,
        correspondent text,
        department_id int NOT NULL REFERENCES documents.department (id),
        access_level text NOT NULL CHECK (access_level IN ('PUBLIC','INTERNAL','RESTRICTED')),
        UNIQUE (kind, registration_number)
      )`);
    await q.query(`CREATE INDEX document_department_idx ON documents.document (department_id, registered_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents.document`);
  }
}
