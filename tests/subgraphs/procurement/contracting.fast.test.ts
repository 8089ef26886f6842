import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { expectedContracting } from "../../helpers/contracting";
import { kyivYear } from "../../helpers/demo-city";
import { analystHeaders, staffHeaders } from "../../helpers/tokens";

const LINES = `query ($year: Int!) { budget(year: $year) { lines(first: 100) { edges { node {
  id amended planned { amount currency } contracted { amount currency } overCommitted } } } } }`;
const OVER = `query ($year: Int!) { overCommittedBudgetLines(year: $year) { id year amended contracted { amount } } }`;
const SUMMARY = `query ($id: ID!, $year: Int!) { department(id: $id) { budgetSummary(year: $year) {
  amended planned { amount currency } contracted { amount currency } overCommittedLines } } }`;

const kop = (text: string) => BigInt(text.replace(".", ""));
const text = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`;
const DAY = 86_400_000;

/**
 * Planned (tender funding) and contracted (signed contracts in the line's share) kept apart, on lines and on a
 * department's summary; over-committed lines flagged and listed for analysts. The demo city's contracts fit
 * within their lines' plans but one: the medicines contract (tender 6, department 4, 95% of 13.5 million) on
 * line 2240 of programme 0712010 (the fourth demo programme).
 */
describe("planned and contracted money on budget lines", () => {
  let city: LocalCity;
  let analyst: Record<string, string>;
  const years = [kyivYear() - 1, kyivYear()];
  // The medicines tender was published 150 days before seeding: its year picks the previous or current lines.
  const medicinesYear = kyivYear(new Date(Date.now() - 150 * DAY));
  const medicinesLine = String(3 * 10 + (medicinesYear === kyivYear() ? 5 : 0) + 3);
  beforeAll(async () => {
    city = await startLocalCity();
    analyst = await analystHeaders();
  });
  afterAll(() => city?.stop());

  const linesOf = async (year: number) => {
    const { body } = await city.query(LINES, { year });
    expect(body.errors).toBeUndefined();
    return body.data.budget.lines.edges.map((e: any) => e.node);
  };
  const expectedLines = async (year: number) => {
    const expected = await expectedContracting(city.db);
    const amended = await city.db.query<{ id: number; amended: string }>(
      `SELECT id, amended::text FROM budget.budget_line WHERE fiscal_year = $1 ORDER BY id`,
      [year],
    );
    return amended.map(({ id, amended }) => {
      const { planned, contracted } = expected.get(String(id)) ?? { planned: "0.00", contracted: "0.00" };
      return {
        id: String(id),
        amended,
        planned: { amount: planned, currency: "UAH" },
        contracted: { amount: contracted, currency: "UAH" },
        overCommitted: kop(contracted) > kop(amended),
      };
    });
  };

  it("keeps each line's planned and contracted apart and flags the one demo line over its plan", async () => {
    for (const year of years) {
      const lines = await linesOf(year);
      expect(lines).toEqual(await expectedLines(year));
      expect(lines.filter((l: any) => l.overCommitted).map((l: any) => l.id)).toEqual(
        year === medicinesYear ? [medicinesLine] : [],
      );
    }
    // The medicines line: its contract alone (95% of 13.5 million) is over the 12.285 million plan.
    const medicines = (await linesOf(medicinesYear)).find((l: any) => l.id === medicinesLine);
    expect(medicines.amended).toBe("12285000.00");
    expect(kop(medicines.contracted.amount) >= kop("12825000.00")).toBe(true);
  });

  it("splits a contract of a tender funded by two lines by their funding shares", async () => {
    // Tender 3 (department 3, food, 9.8 million): 60% on programme 0611010, 40% on 0611021; contract 9 310 000.00.
    const [year] = await city.db.query<{ year: number }>(
      `SELECT DISTINCT l.fiscal_year AS year FROM procurement.funding f JOIN budget.budget_line l ON l.id = f.budget_line_id WHERE f.tender_id = 3`,
    );
    const { body } = await city.query(
      `{ tender(id: "3") { contracts { value { amount } } funding { amount { amount } budgetLine { id } } } }`,
    );
    expect(body.data.tender.contracts).toEqual([{ value: { amount: "9310000.00" } }]);
    const lineIds = body.data.tender.funding.map((f: any) => f.budgetLine.id);
    expect(body.data.tender.funding.map((f: any) => f.amount.amount)).toEqual(["5880000.00", "3920000.00"]);
    const others = await expectedContracting(city.db);
    await city.db.query(`UPDATE procurement.contract SET value_amount = value_amount + 1000 WHERE tender_id = 3`);
    const after = await expectedContracting(city.db);
    // One thousand more on the contract: 600.00 more on the first line, 400.00 on the second.
    expect(lineIds.map((id: string) => text(kop(after.get(id)!.contracted) - kop(others.get(id)!.contracted)))).toEqual(
      ["600.00", "400.00"],
    );
    const lines = await linesOf(year.year);
    expect(lines.filter((l: any) => lineIds.includes(l.id)).map((l: any) => l.contracted.amount)).toEqual(
      lineIds.map((id: string) => after.get(id)!.contracted),
    );
    await city.db.query(`UPDATE procurement.contract SET value_amount = value_amount - 1000 WHERE tender_id = 3`);
  });

  it("sums planned and contracted on a department's budget of a year", async () => {
    for (const year of years)
      for (const id of ["3", "4", "6"]) {
        const lines = await linesOf(year);
        const own = await city.db.query<{ id: number }>(
          `SELECT l.id FROM budget.budget_line l JOIN budget.classification p ON p.kind = 'PROGRAM' AND p.code = l.program_code
            WHERE p.department_id = $1 AND l.fiscal_year = $2`,
          [Number(id), year],
        );
        const mine = lines.filter((l: any) => own.some((o) => String(o.id) === l.id));
        const total = (pick: (l: any) => string) => text(mine.reduce((a: bigint, l: any) => a + kop(pick(l)), 0n));
        const { body } = await city.query(SUMMARY, { id, year }, analyst);
        expect(body).toEqual({
          data: {
            department: {
              budgetSummary: {
                amended: total((l) => l.amended),
                planned: { amount: total((l) => l.planned.amount), currency: "UAH" },
                contracted: { amount: total((l) => l.contracted.amount), currency: "UAH" },
                overCommittedLines: mine.filter((l: any) => l.overCommitted).length,
              },
            },
          },
        });
      }
  });

  it("lists the over-committed lines of a year for analysts, refusing citizens and anonymous callers", async () => {
    const expected = await expectedContracting(city.db);
    const { body } = await city.query(OVER, { year: medicinesYear }, analyst);
    expect(body).toEqual({
      data: {
        overCommittedBudgetLines: [
          {
            id: medicinesLine,
            year: medicinesYear,
            amended: "12285000.00",
            contracted: { amount: expected.get(medicinesLine)!.contracted },
          },
        ],
      },
    });
    const other = years.find((y) => y !== medicinesYear)!;
    expect((await city.query(OVER, { year: other }, analyst)).body).toEqual({ data: { overCommittedBudgetLines: [] } });
    const refused = async (headers: Record<string, string>) => {
      const { body: b } = await city.query(OVER, { year: medicinesYear }, headers);
      return { data: b.data, errors: (b.errors ?? []).map((e: any) => [e.extensions.code, e.message]) };
    };
    expect(await refused({})).toEqual({
      data: null,
      errors: [["UNAUTHENTICATED", "Sign in to see over-committed budget lines"]],
    });
    expect(await refused(await staffHeaders("5", "3", "citizen"))).toEqual({
      data: null,
      errors: [["FORBIDDEN", "Over-committed budget lines are for managers, analysts and admins"]],
    });
  });

  it("counts a terminated contract as contracted and a cancelled one not", async () => {
    await city.db.query(`UPDATE procurement.contract SET status = 'terminated' WHERE tender_id = 3`);
    await city.db.query(`UPDATE procurement.contract SET status = 'cancelled' WHERE tender_id = 6`);
    const { body } = await city.query(OVER, { year: medicinesYear }, analyst);
    expect(body).toEqual({ data: { overCommittedBudgetLines: [] } });
    for (const year of years) expect(await linesOf(year)).toEqual(await expectedLines(year));
    const line = (await linesOf(medicinesYear)).find((l: any) => l.id === medicinesLine);
    expect(line.overCommitted).toBe(false);
  });
});
