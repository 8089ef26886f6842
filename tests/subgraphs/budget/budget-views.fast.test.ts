import { formatMoney } from "../../../subgraphs/budget/import/money";
import { DEMO_LINES, DEMO_PROGRAMS } from "../../../subgraphs/budget/seed";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { expectedBudgetSummary, kyivYear } from "../../helpers/demo-city";

const money = formatMoney;

/** The demo budget's amounts per line, recomputed here from the seed tables in kopiykas. */
function demoLines(year: number) {
  const share = year === kyivYear() ? 0.7333 : 0.96;
  return DEMO_PROGRAMS.flatMap(([code, , departmentId], index) =>
    DEMO_LINES.map(([economic, fund, base]) => {
      const approved = BigInt(Math.round(base * (1 + index / 10))) * 100n;
      const amended = index % 2 === 0 ? (approved * 105n) / 100n : approved;
      return {
        code,
        departmentId,
        economic,
        fund,
        approved,
        amended,
        executed: BigInt(Math.round(Number(amended) * share)),
      };
    }),
  );
}
const sum = (lines: ReturnType<typeof demoLines>) => {
  const t = lines.reduce(
    (a, l) => ({
      approved: a.approved + l.approved,
      amended: a.amended + l.amended,
      executed: a.executed + l.executed,
    }),
    { approved: 0n, amended: 0n, executed: 0n },
  );
  return { approved: money(t.approved), amended: money(t.amended), executed: money(t.executed) };
};

describe("budget views of the demo city", () => {
  let city: LocalCity;
  const year = kyivYear();
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  it("groups by department, programme, fund and economic group", async () => {
    const { body } = await city.query(
      `query ($y: Int!) { budget(year: $y) {
      byDepartment { department { id } approved amended executed executionRate }
      byProgram { program { code department { id name } } executed }
      byFund { fund executed }
      byEconomicGroup { code name executed children { code name executed } }
    } }`,
      { y: year },
    );
    const lines = demoLines(year);
    const departments = [...new Set(DEMO_PROGRAMS.map((p) => p[2]))].sort((a, b) => a - b);
    expect(body.data.budget.byDepartment).toEqual(
      departments.map((id) => ({ department: { id: String(id) }, ...expectedBudgetSummary(id, year) })),
    );
    expect(body.data.budget.byProgram.map((p: any) => [p.program.code, p.program.department.id, p.executed])).toEqual(
      DEMO_PROGRAMS.map(([code, , dep]) => [code, String(dep), sum(lines.filter((l) => l.code === code)).executed]),
    );
    expect(body.data.budget.byFund).toEqual(
      ["GENERAL", "SPECIAL"].map((fund) => ({ fund, executed: sum(lines.filter((l) => l.fund === fund)).executed })),
    );
    const of = (prefix: string) => sum(lines.filter((l) => l.economic.startsWith(prefix))).executed;
    expect(body.data.budget.byEconomicGroup).toEqual([
      {
        code: "2000",
        name: "Поточні видатки",
        executed: of("2"),
        children: [
          { code: "2100", name: "Оплата праці і нарахування на заробітну плату", executed: of("21") },
          { code: "2200", name: "Використання товарів і послуг", executed: of("22") },
        ],
      },
      {
        code: "3000",
        name: "Капітальні видатки",
        executed: of("3"),
        children: [{ code: "3100", name: "Придбання основного капіталу", executed: of("31") }],
      },
    ]);
  });

  it("compares whole years when the year before has no reports (the demo's first year)", async () => {
    const { body } = await city.query(
      `query ($y: Int!) { budget(year: $y) { yearOverYear { previousYear throughMonth current { executed } } } }`,
      { y: year - 1 },
    );
    expect(body.data.budget.yearOverYear).toEqual({
      previousYear: year - 2,
      throughMonth: null,
      current: { executed: sum(demoLines(year - 1)).executed },
    });
  });

  it("pages lines with their programme, code and department in a constant number of statements", async () => {
    const query = `query ($y: Int!, $n: Int!) { budget(year: $y) { lines(first: $n) { edges { node { id fund program { code name department { id name } } economicCode { code name } approved } } } } }`;
    const count = async (n: number) => {
      city.resetSql();
      const { body } = await city.query(query, { y: year, n });
      expect(body.data.budget.lines.edges).toHaveLength(Math.min(n, DEMO_PROGRAMS.length * DEMO_LINES.length));
      return [city.sql.budget.length, city.sql.documents.length];
    };
    // budget: the year, the page, programmes and codes in force (no count: no totalCount asked); documents: one
    // _entities batch.
    expect(await count(3)).toEqual([4, 1]);
    expect(await count(35)).toEqual([4, 1]);
  });
});
