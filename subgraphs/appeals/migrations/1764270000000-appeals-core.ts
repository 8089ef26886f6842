import type { MigrationInterface, QueryRunner } from "typeorm";

/** Appeal categories with their statutory terms, and the appeal table's core columns. */
export class AppealsCore1764270000000 implements MigrationInterface {
  name = "AppealsCore1764270000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appeals.appeal_category (
        code text PRIMARY KEY,
        name text NOT NULL,
        term_days int NOT NULL CHECK (term_days IN (15, 30))
      )`);
    await q.query(`
      INSERT INTO appeals.appeal_category (code, name, term_days) VALUES
        ('housing', 'Житлово-комунальне господарство', 30),
        ('roads', 'Дороги, транспорт і благоустрій', 30),
        ('social', 'Соціальний захист', 30),
        ('education', 'Освіта', 30),
        ('health', 'Охорона здоров''я', 30),
        ('information', 'Надання інформації та довідок', 15),
        ('emergency', 'Аварійні ситуації: вода, тепло, світло', 15)`);
    await q.query(`
      CREATE TABLE appeals.appeal (
        id serial PRIMARY KEY,
        registration_number text NOT NULL UNIQUE,
        category text NOT NULL REFERENCES appeals.appeal_category (code),
        status text NOT NULL CHECK (status IN
          ('REGISTERED','ASSIGNED','IN_PROGRESS','ANSWERED','CLOSED','FORWARDED','REJECTED')),
        department_id int,
        received_at timestamptz NOT NULL,
        due_date date NOT NULL,
        answered_at timestamptz
      )`);
    await q.query(`CREATE INDEX appeal_department_idx ON appeals.appeal (department_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appeals.appeal`);
    await q.query(`DROP TABLE appeals.appeal_category`);
  }
}
