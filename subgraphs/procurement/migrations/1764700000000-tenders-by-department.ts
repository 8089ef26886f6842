import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A department's tenders newest first (Department.tenders, the default order): the LATERAL top-N
 * per department reads its first page off this index instead of sorting all its tenders.
 * (A budget line's come through funding_line_idx, a few per line.)
 */
export class TendersByDepartment1764700000000 implements MigrationInterface {
  name = "TendersByDepartment1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX tender_entity_published_idx ON procurement.tender (procuring_entity_id, date_published, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX procurement.tender_entity_published_idx`);
  }
}
