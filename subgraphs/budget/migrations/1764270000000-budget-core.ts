import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The city's budget: fiscal years; classifications as trees that change over time (programme
 * КПКВК МБ with its department, economic КЕКВ, revenue ККД, functional КФКВК); expenditure lines
 * (programme may be absent in imported data × economic code × fund) and revenue lines, each with
 * the three amounts and the monthly figures behind them. Money is numeric, never float.
 */
export class BudgetCore1764270000000 implements MigrationInterface {
  name = "BudgetCore1764270000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget.fiscal_year (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        status text NOT NULL CHECK (status IN ('DRAFT','APPROVED','AMENDED','CLOSED'))
      )`);
    await q.query(`
      CREATE TABLE budget.classification (
        id serial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('PROGRAM','ECONOMIC','REVENUE','FUNCTIONAL')),
        code text NOT NULL CHECK (code ~ '^[0-9]{4,8}$'),
        parent_code text,
        name text NOT NULL,
        department_id int,
        valid_from date NOT NULL DEFAULT '2000-01-01',
        valid_to date,
        UNIQUE (kind, code, valid_from),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    // The upper levels of the economic (КЕКВ) and revenue (ККД) trees, which exports do not carry.
    await q.query(`
      INSERT INTO budget.classification (kind, code, parent_code, name) VALUES
        ('ECONOMIC', '2000', NULL, 'Поточні видатки'),
        ('ECONOMIC', '2100', '2000', 'Оплата праці і нарахування на заробітну плату'),
        ('ECONOMIC', '2110', '2100', 'Оплата праці'),
        ('ECONOMIC', '2200', '2000', 'Використання товарів і послуг'),
        ('ECONOMIC', '2270', '2200', 'Оплата комунальних послуг та енергоносіїв'),
        ('ECONOMIC', '2280', '2200', 'Дослідження і розробки, окремі заходи по реалізації державних (регіональних) програм'),
        ('ECONOMIC', '2600', '2000', 'Поточні трансферти'),
        ('ECONOMIC', '2700', '2000', 'Соціальне забезпечення'),
        ('ECONOMIC', '3000', NULL, 'Капітальні видатки'),
        ('ECONOMIC', '3100', '3000', 'Придбання основного капіталу'),
        ('ECONOMIC', '3120', '3100', 'Капітальне будівництво (придбання)'),
        ('ECONOMIC', '3130', '3100', 'Капітальний ремонт'),
        ('ECONOMIC', '3140', '3100', 'Реконструкція та реставрація'),
        ('ECONOMIC', '3200', '3000', 'Капітальні трансферти'),
        ('REVENUE', '10000000', NULL, 'Податкові надходження'),
        ('REVENUE', '20000000', NULL, 'Неподаткові надходження'),
        ('REVENUE', '30000000', NULL, 'Доходи від операцій з капіталом'),
        ('REVENUE', '40000000', NULL, 'Офіційні трансферти'),
        ('REVENUE', '50000000', NULL, 'Цільові фонди')`);
    await q.query(
      `CREATE INDEX classification_department_idx ON budget.classification (department_id) WHERE kind = 'PROGRAM'`,
    );
    await q.query(`
      CREATE TABLE budget.budget_line (
        id serial PRIMARY KEY,
        fiscal_year int NOT NULL REFERENCES budget.fiscal_year (year),
        program_code text,
        economic_code text NOT NULL CHECK (economic_code ~ '^[0-9]{4}$'),
        fund text NOT NULL CHECK (fund IN ('GENERAL','SPECIAL')),
        approved numeric(18, 2) NOT NULL DEFAULT 0,
        amended numeric(18, 2) NOT NULL DEFAULT 0,
        executed numeric(18, 2) NOT NULL DEFAULT 0,
        UNIQUE NULLS NOT DISTINCT (fiscal_year, program_code, economic_code, fund)
      )`);
    await q.query(`CREATE INDEX budget_line_program_idx ON budget.budget_line (program_code, fiscal_year)`);
    await q.query(`
      CREATE TABLE budget.budget_line_month (
        line_id int NOT NULL REFERENCES budget.budget_line (id),
        month int NOT NULL CHECK (month BETWEEN 1 AND 12),
        plan numeric(18, 2) NOT NULL,
        executed_to_date numeric(18, 2) NOT NULL,
        PRIMARY KEY (line_id, month)
      )`);
    await q.query(`
      CREATE TABLE budget.revenue_line (
        id serial PRIMARY KEY,
        fiscal_year int NOT NULL REFERENCES budget.fiscal_year (year),
        revenue_code text NOT NULL CHECK (revenue_code ~ '^[0-9]{8}$'),
        fund text NOT NULL CHECK (fund IN ('GENERAL','SPECIAL')),
        approved numeric(18, 2) NOT NULL DEFAULT 0,
        amended numeric(18, 2) NOT NULL DEFAULT 0,
        received numeric(18, 2) NOT NULL DEFAULT 0,
        UNIQUE (fiscal_year, revenue_code, fund)
      )`);
    await q.query(`
      CREATE TABLE budget.revenue_line_month (
        line_id int NOT NULL REFERENCES budget.revenue_line (id),
        month int NOT NULL CHECK (month BETWEEN 1 AND 12),
        plan numeric(18, 2) NOT NULL,
        received_to_date numeric(18, 2) NOT NULL,
        PRIMARY KEY (line_id, month)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "revenue_line_month",
      "revenue_line",
      "budget_line_month",
      "budget_line",
      "classification",
      "fiscal_year",
    ]) {
      await q.query(`DROP TABLE budget.${table}`);
    }
  }
}
