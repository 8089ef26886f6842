import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tenders with the OCDS status code list and their procuring entity (a department id). */
export class Tenders1764270000000 implements MigrationInterface {
  name = "Tenders1764270000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE procurement.tender (
        id serial PRIMARY KEY,
        ocid text NOT NULL UNIQUE,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN
          ('planning','planned','active','cancelled','unsuccessful','complete','withdrawn')),
        procuring_entity_id int,
        value_amount numeric(16, 2) CHECK (value_amount >= 0),
        value_currency text NOT NULL DEFAULT 'UAH' CHECK (value_currency ~ '^[A-Z]{3}$'),
        date_published timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tender_entity_idx ON procurement.tender (procuring_entity_id, status, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE procurement.tender`);
  }
}
