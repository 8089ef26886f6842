import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Appeals (Law "On Citizens' Appeals"): categories with statutory terms, the registration card,
 * a gap-free registration counter per year, and the timeline of every transition.
 */
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
    await q.query(`CREATE TABLE appeals.registration_counter (year int PRIMARY KEY, last_number int NOT NULL)`);
    await q.query(`
      CREATE TABLE appeals.appeal (
        id serial PRIMARY KEY,
        registration_year int NOT NULL,
        registration_seq int NOT NULL,
        registration_number text NOT NULL UNIQUE,
        tracking_code text NOT NULL UNIQUE,
        idempotency_key text UNIQUE,
        request_hash text,
        type text NOT NULL CHECK (type IN ('PROPOSAL','APPLICATION','COMPLAINT')),
        channel text NOT NULL CHECK (channel IN ('PORTAL','EMAIL','POST','RECEPTION','HOTLINE')),
        collective boolean NOT NULL DEFAULT false,
        category text NOT NULL REFERENCES appeals.appeal_category (code),
        subject text NOT NULL,
        text text NOT NULL,
        applicant_full_name text NOT NULL,
        applicant_address text NOT NULL,
        applicant_email text,
        applicant_phone text,
        privileged boolean NOT NULL DEFAULT false,
        location_address text,
        latitude float8,
        longitude float8,
        citizen_sub text,
        status text NOT NULL CHECK (status IN
          ('REGISTERED','ASSIGNED','IN_PROGRESS','ANSWERED','CLOSED','FORWARDED','REJECTED')),
        department_id int,
        executor_id int,
        received_at timestamptz NOT NULL,
        due_date date NOT NULL,
        answered_at timestamptz,
        answer_text text,
        answer_document_id int,
        forwarded_to text,
        rejection_reason text,
        version int NOT NULL DEFAULT 1,
        UNIQUE (registration_year, registration_seq)
      )`);
    await q.query(`CREATE INDEX appeal_department_idx ON appeals.appeal (department_id, status)`);
    await q.query(`CREATE INDEX appeal_executor_idx ON appeals.appeal (executor_id)`);
    await q.query(`CREATE INDEX appeal_citizen_idx ON appeals.appeal (citizen_sub)`);
    await q.query(`CREATE INDEX appeal_queue_idx ON appeals.appeal ((NOT privileged), due_date, id)`);
    await q.query(`CREATE INDEX appeal_received_idx ON appeals.appeal (received_at)`);
    await q.query(`
      CREATE TABLE appeals.appeal_event (
        id serial PRIMARY KEY,
        appeal_id int NOT NULL REFERENCES appeals.appeal (id),
        status text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_sub text,
        note text
      )`);
    await q.query(`CREATE INDEX appeal_event_appeal_idx ON appeals.appeal_event (appeal_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appeals.appeal_event`);
    await q.query(`DROP TABLE appeals.appeal`);
    await q.query(`DROP TABLE appeals.registration_counter`);
    await q.query(`DROP TABLE appeals.appeal_category`);
  }
}
