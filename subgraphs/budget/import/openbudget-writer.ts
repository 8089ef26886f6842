import type { EntityManager } from "typeorm";
import { parentCode } from "./classification-codes";
import { deriveLineAmounts, LINE_TABLES } from "./line-amounts";
import { formatMoney } from "./money";
import type { OpenBudgetAggregate } from "./openbudget-aggregate";

/**
 * Names from the export into the classification tree. A name that changed since the version in
 * force starts a new version on 1 January of the year that uses it; the old one ends the day before.
 */
async function writeClassifications(m: EntityManager, aggregate: OpenBudgetAggregate): Promise<void> {
  for (const { side, code, name, year } of aggregate.names.values()) {
    const kind = side === "EXPENSE" ? "ECONOMIC" : "REVENUE";
    const [current] = await m.query(
      `SELECT id, name, valid_from::text AS "from" FROM budget.classification WHERE kind = $1 AND code = $2 ORDER BY valid_from DESC LIMIT 1`,
      [kind, code],
    );
    if (!current) {
      await m.query(`INSERT INTO budget.classification (kind, code, parent_code, name) VALUES ($1, $2, $3, $4)`, [
        kind,
        code,
        parentCode(code),
        name,
      ]);
    } else if (current.name !== name && `${year}-01-01` > current.from) {
      await m.query(`UPDATE budget.classification SET valid_to = $2 WHERE id = $1`, [current.id, `${year - 1}-12-31`]);
      await m.query(
        `INSERT INTO budget.classification (kind, code, parent_code, name, valid_from) VALUES ($1, $2, $3, $4, $5)`,
        [kind, code, parentCode(code), name, `${year}-01-01`],
      );
    }
  }
}

/**
 * Writes an aggregated export in the caller's transaction: fiscal years (CLOSED once December is
 * in, else AMENDED), classifications, lines and their months as reported. The amounts of every
 * line of the years touched are then derived from the year's first and latest reports, this
 * file's and earlier ones' (line-amounts.ts). Upserts by the natural key, so the same file twice
 * changes nothing and a later file for the same year updates it.
 */
export async function writeOpenBudget(
  m: EntityManager,
  aggregate: OpenBudgetAggregate,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const drafts = aggregate.drafts();
  const years = new Map<number, number>();
  for (const d of drafts) years.set(d.year, Math.max(years.get(d.year) ?? 0, ...d.months.keys()));
  for (const [year, lastMonth] of years) {
    await m.query(
      `INSERT INTO budget.fiscal_year (year, status) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET status = EXCLUDED.status`,
      [year, lastMonth === 12 ? "CLOSED" : "AMENDED"],
    );
  }
  await writeClassifications(m, aggregate);
  for (const [index, draft] of drafts.entries()) {
    const expense = draft.side === "EXPENSE";
    const t = LINE_TABLES[draft.side];
    const [{ id }] = await m.query(
      expense
        ? `INSERT INTO budget.budget_line (fiscal_year, program_code, economic_code, fund) VALUES ($1, NULL, $2, $3)
           ON CONFLICT (fiscal_year, program_code, economic_code, fund) DO UPDATE SET fund = EXCLUDED.fund RETURNING id`
        : `INSERT INTO budget.revenue_line (fiscal_year, revenue_code, fund) VALUES ($1, $2, $3)
           ON CONFLICT (fiscal_year, revenue_code, fund) DO UPDATE SET fund = EXCLUDED.fund RETURNING id`,
      [draft.year, draft.code, draft.fund],
    );
    const months = [...draft.months.entries()];
    await m.query(
      `INSERT INTO budget.${t.month} (line_id, month, plan, ${t.done})
       SELECT $1, * FROM unnest($2::int[], $3::numeric[], $4::numeric[])
       ON CONFLICT (line_id, month) DO UPDATE SET plan = EXCLUDED.plan, ${t.done} = EXCLUDED.${t.done}`,
      [
        id,
        months.map(([month]) => month),
        months.map(([, v]) => formatMoney(v.plan)),
        months.map(([, v]) => formatMoney(v.fact)),
      ],
    );
    if ((index + 1) % 100 === 0 || index + 1 === drafts.length) onProgress(index + 1, drafts.length);
  }
  for (const side of ["EXPENSE", "REVENUE"] as const) {
    const touched = [...new Set(drafts.filter((d) => d.side === side).map((d) => d.year))];
    if (touched.length > 0) await deriveLineAmounts(m, side, touched);
  }
  return drafts.length;
}
