import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The queue of open appeals (REGISTERED, ASSIGNED, IN_PROGRESS: OPEN_STATUSES) in its statutory
 * order, city-wide and per department, as partial indexes: a queue filtered to open statuses reads
 * only open appeals in order, however many answered and closed ones the years have piled up
 * (appeal_queue_idx, over every appeal, walked a million closed ones at 10× the demo volume).
 */
export class OpenAppealsQueue1764800000000 implements MigrationInterface {
  name = "OpenAppealsQueue1764800000000";

  async up(q: QueryRunner): Promise<void> {
    const open = `WHERE status IN ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS')`;
    await q.query(
      `CREATE INDEX appeal_open_queue_idx ON appeals.appeal ((privilege_status <> 'CONFIRMED'), due_date, id) ${open}`,
    );
    await q.query(
      `CREATE INDEX appeal_open_department_queue_idx ON appeals.appeal (department_id, (privilege_status <> 'CONFIRMED'), due_date, id) ${open}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appeals.appeal_open_department_queue_idx`);
    await q.query(`DROP INDEX appeals.appeal_open_queue_idx`);
  }
}
