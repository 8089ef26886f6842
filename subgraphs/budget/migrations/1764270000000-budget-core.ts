import type { MigrationInterface, QueryRunner } from "typeorm";

/** Fiscal years, programmes (КПКВК МБ) with their department, and budget lines with the three amounts. */
export class BudgetCore1764270000000 implements MigrationInterface {
  name = "BudgetCore1764270000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget.fiscal_year (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL CHECK (status IN ('DRAFT','APPROVED','AMENDED','CLOSED'))
      )`);
    await q.query(`
      CREATE TABLE budget.program (
        id serial PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{7}$'),
        name text NOT NULL,
        department_id int
      )`);
    await q.query(`CREATE INDEX program_department_idx ON budget.program (department_id)`);
    await q.query(`
      CREATE TABLE budget.budget_line (
        id serial PRIMARY KEY,
        fiscal_year int NOT NULL REFERENCES budget.fiscal_year (year),
        program_id int REFERENCES budget.program (id),
        economic_code text NOT NULL CHECK (economic_code ~ '^[0-9]{4}$'),
        fund text NOT NULL CHECK (fund IN ('GENERAL','SPECIAL')),
        approved numeric(16, 2) NOT NULL DEFAULT 0,
        amended numeric(16, 2) NOT NULL DEFAULT 0,
        executed numeric(16, 2) NOT NULL DEFAULT 0,
        UNIQUE (fiscal_year, program_id, economic_code, fund)
      )`);
    await q.query(`CREATE INDEX budget_line_program_idx ON budget.budget_line (program_id, fiscal_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE budget.budget_line`);
    await q.query(`DROP TABLE budget.program`);
    await q.query(`DROP TABLE budget.fiscal_year`);
  }
}
