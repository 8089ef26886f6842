/**
 * The SQL of the budget generator. Years without a budget get the lines of the latest year that
 * has one ($2), scaled back about 8 % a year, executed 92–99 % of the amended plan when the year is
 * over. $1 the year to fill, $2 the template year, $3 the current Kyiv year.
 */
export const COPY_YEAR_LINES = `
INSERT INTO budget.budget_line (fiscal_year, program_code, economic_code, fund, approved, amended, executed)
SELECT $1::int, program_code, economic_code, fund, round(approved * f, -3), round(amended * f, -3),
  CASE WHEN $1::int < $3::int THEN round(amended * f * (0.92 + random() * 0.07)::numeric, 2) ELSE 0 END
FROM budget.budget_line, LATERAL (SELECT (power(0.92, $2::int - $1::int) * (0.95 + random() * 0.1))::numeric AS f) s
WHERE fiscal_year = $2::int`;

/** The same for revenue: $1 the year to fill, $2 the template year, $3 the current Kyiv year. */
export const COPY_YEAR_REVENUE = `
INSERT INTO budget.revenue_line (fiscal_year, revenue_code, fund, approved, amended, received)
SELECT $1::int, revenue_code, fund, round(approved * f, -3), round(amended * f, -3),
  CASE WHEN $1::int < $3::int THEN round(amended * f * (0.95 + random() * 0.08)::numeric, 2) ELSE 0 END
FROM budget.revenue_line, LATERAL (SELECT (power(0.92, $2::int - $1::int) * (0.95 + random() * 0.1))::numeric AS f) s
WHERE fiscal_year = $2::int`;

/**
 * Twelve months for every line of the year that has none: the plan in twelve equal parts (the
 * last takes the rounding), and what was executed to the end of each month, rising to the line's
 * executed amount; in the current year it rises to the current month ($2) and stays there.
 * $1 the year. Used for budget_line (executed) and revenue_line (received) alike.
 */
export const monthsOf = (table: "budget_line" | "revenue_line", done: "executed" | "received") => `
INSERT INTO budget.${table}_month (line_id, month, plan, ${done}_to_date)
SELECT l.id, m,
  CASE WHEN m < 12 THEN round(l.amended / 12, 2) ELSE l.amended - 11 * round(l.amended / 12, 2) END,
  round(l.${done} * LEAST(m, $2::int)::numeric / $2::int, 2)
FROM budget.${table} l CROSS JOIN generate_series(1, 12) AS m
WHERE l.fiscal_year = $1::int AND NOT EXISTS (SELECT 1 FROM budget.${table}_month x WHERE x.line_id = l.id)`;

/** Lines by year and the department whose programme they fund: what tenders are funded from. */
export const LINES_BY_DEPARTMENT = `
SELECT l.id, l.fiscal_year AS year, c.department_id AS "departmentId", l.amended::float8 AS amended
FROM budget.budget_line l
JOIN budget.classification c ON c.kind = 'PROGRAM' AND c.code = l.program_code
WHERE c.department_id IS NOT NULL AND l.fiscal_year = ANY($1::int[])
ORDER BY l.id`;
