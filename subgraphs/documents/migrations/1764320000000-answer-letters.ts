import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Answer letters to citizens' appeals: the appeal a letter answers and who handles that appeal
 * (its department and executor, as the appeals subgraph gave them when the letter was linked).
 * Such a letter names the applicant, so only those handlers and admins read it, whatever its
 * access level. Ids of another subgraph: no foreign keys (DESIGN.md habit 1).
 */
export class AnswerLetters1764320000000 implements MigrationInterface {
  name = "AnswerLetters1764320000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE documents.document
        ADD COLUMN answer_appeal_id int,
        ADD COLUMN answer_department_id int,
        ADD COLUMN answer_executor_id int,
        ADD CONSTRAINT document_answer_letter_check
          CHECK (answer_appeal_id IS NOT NULL AND kind = 'OUTGOING' OR answer_appeal_id IS NULL AND answer_department_id IS NULL AND answer_executor_id IS NULL)`);
    await q.query(
      `CREATE INDEX document_answer_appeal_idx ON documents.document (answer_appeal_id) WHERE answer_appeal_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents.document_answer_appeal_idx`);
    await q.query(`
      ALTER TABLE documents.document
        DROP CONSTRAINT document_answer_letter_check,
        DROP COLUMN answer_appeal_id, DROP COLUMN answer_department_id, DROP COLUMN answer_executor_id`);
  }
}
