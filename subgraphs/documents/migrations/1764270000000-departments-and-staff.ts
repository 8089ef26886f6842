import type { MigrationInterface, QueryRunner } from "typeorm";

/** The council's structure: departments (a tree with a head) and staff with roles. Names sort in Ukrainian order. */
export class DepartmentsAndStaff1764270000000 implements MigrationInterface {
  name = "DepartmentsAndStaff1764270000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents.department (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{2}(-[0-9]{2})*$'),
        name text COLLATE "uk-x-icu" NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        parent_id int REFERENCES documents.department (id),
        head_id int
      )`);
    await q.query(`
      CREATE TABLE documents.staff (
        id serial PRIMARY KEY,
        full_name text COLLATE "uk-x-icu" NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        position text NOT NULL,
        department_id int NOT NULL REFERENCES documents.department (id),
        roles text[] NOT NULL DEFAULT '{}'
          CHECK (roles <@ ARRAY['citizen','clerk','executor','manager','analyst','admin']::text[])
      )`);
    await q.query(`ALTER TABLE documents.department ADD FOREIGN KEY (head_id) REFERENCES documents.staff (id)`);
    await q.query(`CREATE INDEX department_parent_idx ON documents.department (parent_id)`);
    await q.query(`CREATE INDEX staff_department_idx ON documents.staff (department_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents.department DROP COLUMN head_id`);
    await q.query(`DROP TABLE documents.staff`);
    await q.query(`DROP TABLE documents.department`);
  }
}
