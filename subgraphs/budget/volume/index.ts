import type { EntityManager } from "typeorm";
import { kyivYear } from "../../common/calendar";
import type { VolumeFacts, VolumeGenerator, VolumePlan } from "../../common/volume";
import { COPY_YEAR_LINES, COPY_YEAR_REVENUE, LINES_BY_DEPARTMENT, monthsOf } from "./budget.sql";

/**
 * The five years of the plan each with a budget (lines copied from the latest year there is,
 * scaled back a little each year) and twelve months for every line; the same at any scale.
 */
async function generate(m: EntityManager, plan: VolumePlan): Promise<void> {
  const current = kyivYear(plan.now);
  const month = Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Kyiv", month: "numeric" }).format(plan.now));
  const years = (await m.query(`SELECT DISTINCT fiscal_year AS y FROM budget.budget_line ORDER BY 1`)) as {
    y: number;
  }[];
  const template = years.at(-1)?.y;
  if (template === undefined) throw new Error("seed:volume needs a budget year to copy: load the demo city first");
  for (const year of plan.years) {
    await m.query(`INSERT INTO budget.fiscal_year (year, status) VALUES ($1, $2) ON CONFLICT (year) DO NOTHING`, [
      year,
      year < current ? "CLOSED" : "AMENDED",
    ]);
    if (!years.some((y) => y.y === year)) {
      await m.query(COPY_YEAR_LINES, [year, template, current]);
      await m.query(COPY_YEAR_REVENUE, [year, template, current]);
    }
    const monthsSoFar = year < current ? 12 : month;
    await m.query(monthsOf("budget_line", "executed"), [year, monthsSoFar]);
    await m.query(monthsOf("revenue_line", "received"), [year, monthsSoFar]);
  }
  const lines = await m.query(`SELECT count(*) AS n FROM budget.budget_line WHERE fiscal_year = ANY($1::int[])`, [
    plan.years,
  ]);
  plan.report("budget lines", Number(lines[0].n));
}

/** The budget subgraph's share of a city at scale; it tells procurement which lines fund which department. */
export const budgetVolume: VolumeGenerator = {
  generate,
  async facts(m, plan) {
    return { budgetLines: (await m.query(LINES_BY_DEPARTMENT, [plan.years])) as VolumeFacts["budgetLines"] };
  },
};
