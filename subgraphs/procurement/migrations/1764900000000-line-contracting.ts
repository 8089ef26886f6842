import type { MigrationInterface, QueryRunner } from "typeorm";

/** Tender statuses whose funding no contract will ever spend (BudgetLine.planned leaves them out). */
const NOT_PLANNED = `'{cancelled,unsuccessful,withdrawn}'::text[]`;

/** Moves a line's kept sums by the inserted row (`l` is procurement.line_contracting): adds, never overwrites. */
const ADD_TO_LINE = `ON CONFLICT (budget_line_id) DO UPDATE SET planned = l.planned + excluded.planned,
  contracted = l.contracted + excluded.contracted, tenders = l.tenders + excluded.tenders`;

/** A row constructor of `columns` of `alias`: ("o", ["a", "b"]) gives "(o.a, o.b)". */
const row = (alias: string, columns: readonly string[]) => `(${columns.map((c) => `${alias}.${c}`).join(", ")})`;

/**
 * Planned and contracted per budget line, kept as the data changes instead of summed on every read:
 * at 10× the demo volume a line funds about 1,100 tenders, and summing them for a page of lines (the
 * budget dashboards) or for every line (the over-committed list) grew with the city.
 *
 * `line_tender` holds each (tender, line)'s part: the line's funding of the tender when the tender may
 * still lead to a contract, and its share of the tender's signed contracts (rounded to kopiykas per
 * tender and line, as BudgetLine.contracted is defined). `line_contracting` holds each line's sums
 * and the number of tenders it funds. Statement triggers on funding, contract and tender hand the
 * tenders a statement touched to refresh_line_tenders, which recomputes those tenders' parts and
 * moves each line's sums by the difference (an upsert adding to the row, so concurrent writers of
 * one line add up). It first locks the tenders' rows: of two transactions changing one tender, the
 * second recomputes only after the first committed, from a snapshot that holds both changes.
 */
export class LineContracting1764900000000 implements MigrationInterface {
  name = "LineContracting1764900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE procurement.line_tender (
        tender_id int NOT NULL, budget_line_id int NOT NULL,
        planned numeric(18, 2) NOT NULL, contracted numeric(18, 2) NOT NULL,
        PRIMARY KEY (tender_id, budget_line_id))`);
    await q.query(`
      CREATE TABLE procurement.line_contracting (
        budget_line_id int PRIMARY KEY,
        planned numeric(18, 2) NOT NULL, contracted numeric(18, 2) NOT NULL, tenders int NOT NULL)`);
    await q.query(`
      CREATE FUNCTION procurement.refresh_line_tenders(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE lines int[];
      BEGIN
        IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
        PERFORM 1 FROM procurement.tender WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
        WITH gone AS (DELETE FROM procurement.line_tender WHERE tender_id = ANY(ids) RETURNING *),
        moved AS (
          INSERT INTO procurement.line_contracting AS l
            SELECT budget_line_id, -sum(planned), -sum(contracted), -count(*) FROM gone GROUP BY 1
          ${ADD_TO_LINE}
          RETURNING budget_line_id)
        SELECT array_agg(budget_line_id) INTO lines FROM moved;
        WITH share AS (
          SELECT tender_id, budget_line_id, sum(amount) AS amount FROM procurement.funding
           WHERE tender_id = ANY(ids) GROUP BY 1, 2),
        total AS (SELECT tender_id, sum(amount) AS amount FROM share GROUP BY 1),
        signed AS (
          SELECT tender_id, sum(coalesce(value_amount, 0)) AS amount FROM procurement.contract
           WHERE tender_id = ANY(ids) AND status IN ('active', 'terminated') GROUP BY 1),
        part AS (
          INSERT INTO procurement.line_tender
          SELECT s.tender_id, s.budget_line_id,
                 CASE WHEN t.status = ANY(${NOT_PLANNED}) THEN 0 ELSE s.amount END,
                 coalesce(round(c.amount * s.amount / nullif(tt.amount, 0), 2), 0)
            FROM share s JOIN procurement.tender t ON t.id = s.tender_id
            JOIN total tt ON tt.tender_id = s.tender_id LEFT JOIN signed c ON c.tender_id = s.tender_id
          RETURNING *)
        INSERT INTO procurement.line_contracting AS l
          SELECT budget_line_id, sum(planned), sum(contracted), count(*) FROM part GROUP BY 1
        ${ADD_TO_LINE};
        DELETE FROM procurement.line_contracting WHERE budget_line_id = ANY(lines) AND tenders = 0;
      END $$`);
    // Funding and contracts: the tenders of the rows a statement inserted or deleted, and of the rows
    // whose tender, line, amount or status it changed.
    for (const [table, columns] of [
      ["funding", ["tender_id", "budget_line_id", "amount"]],
      ["contract", ["tender_id", "status", "value_amount"]],
    ] as const) {
      await q.query(`
        CREATE FUNCTION procurement.${table}_moves_lines() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM procurement.refresh_line_tenders(ARRAY(SELECT DISTINCT tender_id FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM procurement.refresh_line_tenders(ARRAY(SELECT DISTINCT tender_id FROM old_rows));
          ELSE
            PERFORM procurement.refresh_line_tenders(ARRAY(
              SELECT DISTINCT v.tender_id FROM old_rows o JOIN new_rows n USING (id),
                     LATERAL (VALUES (o.tender_id), (n.tender_id)) AS v(tender_id)
               WHERE ${row("o", columns)} IS DISTINCT FROM ${row("n", columns)}));
          END IF;
          RETURN NULL;
        END $$`);
      for (const [event, tables] of [
        ["INSERT", "NEW TABLE AS new_rows"],
        ["DELETE", "OLD TABLE AS old_rows"],
        ["UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"],
      ]) {
        await q.query(`
          CREATE TRIGGER ${table}_lines_on_${event.toLowerCase()} AFTER ${event} ON procurement.${table}
            REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION procurement.${table}_moves_lines()`);
      }
    }
    // A tender's status decides whether its funding is planned.
    await q.query(`
      CREATE FUNCTION procurement.tender_moves_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM procurement.refresh_line_tenders(ARRAY(
          SELECT n.id FROM old_rows o JOIN new_rows n USING (id) WHERE o.status IS DISTINCT FROM n.status));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tender_lines_on_update AFTER UPDATE ON procurement.tender
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION procurement.tender_moves_lines()`);
    await q.query(
      `SELECT procurement.refresh_line_tenders(ARRAY(SELECT DISTINCT tender_id FROM procurement.funding ORDER BY 1))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tender_lines_on_update ON procurement.tender`);
    await q.query(`DROP FUNCTION procurement.tender_moves_lines()`);
    for (const table of ["funding", "contract"]) {
      for (const event of ["insert", "delete", "update"])
        await q.query(`DROP TRIGGER ${table}_lines_on_${event} ON procurement.${table}`);
      await q.query(`DROP FUNCTION procurement.${table}_moves_lines()`);
    }
    await q.query(`DROP FUNCTION procurement.refresh_line_tenders(int[])`);
    await q.query(`DROP TABLE procurement.line_contracting, procurement.line_tender`);
  }
}
