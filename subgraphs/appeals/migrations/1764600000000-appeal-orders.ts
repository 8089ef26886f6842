import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The orders of the appeals queue besides the statutory one (appeal_queue_idx): by due date and by
 * date received, each with the id (read in either direction).
 */
export class AppealOrders1764600000000 implements MigrationInterface {
  name = "AppealOrders1764600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX appeal_due_idx ON appeals.appeal (due_date, id)`);
    await q.query(`DROP INDEX appeals.appeal_received_idx`);
    await q.query(`CREATE INDEX appeal_received_idx ON appeals.appeal (received_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX appeals.appeal_received_idx`);
    await q.query(`CREATE INDEX appeal_received_idx ON appeals.appeal (received_at)`);
    await q.query(`DROP INDEX appeals.appeal_due_idx`);
  }
}
