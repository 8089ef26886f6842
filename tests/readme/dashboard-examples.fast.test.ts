import { readFileSync } from "node:fs";
import path from "node:path";
import { kyivYear } from "../../subgraphs/common/calendar";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { analystHeaders } from "../helpers/tokens";

/** The GraphQL examples of one README section, in order, as a reader copies them. */
function readmeExamples(section: string): string[] {
  const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf(`### ${section}\n`);
  const end = readme.indexOf("\n#", start + 4);
  expect(start).toBeGreaterThan(0);
  return [...readme.slice(start, end).matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/**
 * The README's examples for dashboard builders work as written, against the demo city: the public
 * budget view anonymously, the appeals grid and the over-committed lines with an analyst's token.
 */
describe("README: for dashboard builders", () => {
  let city: LocalCity;
  const year = kyivYear();
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  it("gives the public budget at a glance without a token", async () => {
    const [budget] = readmeExamples("For dashboard builders");
    const { body } = await city.query(budget, { year });
    expect(body.errors).toBeUndefined();
    const data = body.data as {
      budgetYears: number[];
      budget: { year: number; yearOverYear: { previousYear: number } };
    };
    expect([data.budgetYears, data.budget.year, data.budget.yearOverYear.previousYear]).toEqual([
      [year, year - 1],
      year,
      year - 1,
    ]);
  });

  it("gives the appeals grid and the over-committed lines to an analyst, and the demo's one alert", async () => {
    const [, grid] = readmeExamples("For dashboard builders");
    // The medicines tender behind the alert was published 150 days before the seed: last year's budget until June.
    const alertYear = kyivYear(new Date(Date.now() - 150 * 86_400_000));
    const variables = { since: `${year}-01-01`, until: `${year}-12-31`, year: alertYear };
    const { body } = await city.query(grid, variables, await analystHeaders());
    expect(body.errors).toBeUndefined();
    const data = body.data as {
      appealStatisticsGrid: { keys: string[]; total: number }[];
      overCommittedBudgetLines: { program: { code: string } }[];
    };
    const [{ n }] = await city.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM appeals.appeal WHERE (received_at AT TIME ZONE 'Europe/Kyiv')::date BETWEEN $1 AND $2`,
      [variables.since, variables.until],
    );
    expect(data.appealStatisticsGrid.reduce((sum, cell) => sum + cell.total, 0)).toBe(Number(n));
    expect(data.appealStatisticsGrid.every((cell) => cell.keys.length === 2)).toBe(true);
    expect(data.overCommittedBudgetLines.map((l) => l.program.code)).toEqual(["0712010"]);
  });
});
