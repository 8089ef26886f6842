import type { MigrationInterface, QueryRunner } from "typeorm";

/** Immutable file versions of documents: a new upload is a new version; rows never change. */
export class FileVersions1764300000000 implements MigrationInterface {
  name = "FileVersions1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents.file_version (
        id serial PRIMARY KEY,
        document_id int NOT NULL REFERENCES documents.document (id),
        version int NOT NULL CHECK (version > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size >= 0),
        media_type text NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        uploaded_by int REFERENCES documents.staff (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION documents.file_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'documents.file_version is immutable: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER file_version_immutable BEFORE UPDATE OR DELETE ON documents.file_version
        FOR EACH ROW EXECUTE FUNCTION documents.file_version_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE documents.file_version`);
    await q.query(`DROP FUNCTION documents.file_version_is_immutable()`);
  }
}
