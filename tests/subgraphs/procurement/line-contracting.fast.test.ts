import { Client } from "pg";
import { expectedContracting } from "../../helpers/contracting";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";

/**
 * procurement.line_contracting, the planned and contracted sums per budget line that reads take instead of
 * summing every tender of a line, stays equal to the sums recomputed from the raw rows (expectedContracting)
 * through every kind of change to funding, contracts and tender statuses, in single and multi-row statements,
 * and when two transactions change one tender at once.
 */
describe("planned and contracted per budget line, kept as the data changes", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  /** The kept sums, as expectedContracting gives them (lines by id, exact decimals as text). */
  const kept = async () => {
    const rows = await city.db.query<{ id: number; planned: string; contracted: string; tenders: number }>(
      `SELECT budget_line_id AS id, planned::text, contracted::text, tenders FROM procurement.line_contracting`,
    );
    const counted = await city.db.query<{ id: number; tenders: number }>(
      `SELECT budget_line_id AS id, count(DISTINCT tender_id)::int AS tenders FROM procurement.funding GROUP BY 1`,
    );
    expect(new Map(rows.map((r) => [r.id, r.tenders]))).toEqual(new Map(counted.map((c) => [c.id, c.tenders])));
    return new Map(rows.map((r) => [String(r.id), { planned: r.planned, contracted: r.contracted }]));
  };
  const lineOf = async (tender: number) =>
    (
      await city.db.query<{ line: number }>(
        `SELECT budget_line_id AS line FROM procurement.funding WHERE tender_id = $1`,
        [tender],
      )
    )[0].line;

  it("holds the demo city's sums as they are recomputed from its rows", async () => {
    const sums = await kept();
    expect(sums.size).toBeGreaterThan(5);
    expect(sums).toEqual(await expectedContracting(city.db));
  });

  it("follows funding, contracts and statuses through inserts, updates, moves and deletes", async () => {
    const line3 = await lineOf(3);
    const line6 = await lineOf(6);
    const steps: [string, string][] = [
      [
        "a second line funds tender 6",
        `INSERT INTO procurement.funding (tender_id, budget_line_id, amount) VALUES (6, ${line3}, 250000.55)`,
      ],
      [
        "its amount changes",
        `UPDATE procurement.funding SET amount = 1000000 WHERE tender_id = 6 AND budget_line_id = ${line3}`,
      ],
      [
        "funding moves to another line",
        `UPDATE procurement.funding SET budget_line_id = 999001 WHERE tender_id = 6 AND budget_line_id = ${line3}`,
      ],
      ["a tender is cancelled", `UPDATE procurement.tender SET status = 'cancelled' WHERE id = 3`],
      ["and reopened", `UPDATE procurement.tender SET status = 'active' WHERE id = 3`],
      [
        "many tenders change status at once",
        `UPDATE procurement.tender SET status = 'unsuccessful' WHERE id IN (SELECT tender_id FROM procurement.funding WHERE budget_line_id = ${line6})`,
      ],
      [
        "a contract is signed",
        `INSERT INTO procurement.contract (tender_id, ext_id, status, value_amount) VALUES (6, 'extra-1', 'active', 333333.33)`,
      ],
      ["its value changes", `UPDATE procurement.contract SET value_amount = 1234567.89 WHERE ext_id = 'extra-1'`],
      ["it is terminated", `UPDATE procurement.contract SET status = 'terminated' WHERE ext_id = 'extra-1'`],
      ["it is cancelled", `UPDATE procurement.contract SET status = 'cancelled' WHERE ext_id = 'extra-1'`],
      [
        "it moves to another tender",
        `UPDATE procurement.contract SET tender_id = 3, status = 'active' WHERE ext_id = 'extra-1'`,
      ],
      ["it is deleted", `DELETE FROM procurement.contract WHERE ext_id = 'extra-1'`],
      ["every funding row of a line is deleted", `DELETE FROM procurement.funding WHERE budget_line_id = 999001`],
      ["a title changes (nothing to move)", `UPDATE procurement.tender SET title = title || '.' WHERE id = 3`],
    ];
    for (const [step, sql] of steps) {
      await city.db.query(sql);
      expect({ step, sums: await kept() }).toEqual({ step, sums: await expectedContracting(city.db) });
    }
    expect((await kept()).has("999001")).toBe(false);
  });

  it("adds up two transactions that change one tender at once (the second waits for the first)", async () => {
    const line = await lineOf(3);
    const [first, second] = [
      new Client({ connectionString: city.db.url }),
      new Client({ connectionString: city.db.url }),
    ];
    await first.connect();
    await second.connect();
    try {
      await first.query("BEGIN");
      await first.query(
        `INSERT INTO procurement.contract (tender_id, ext_id, status, value_amount) VALUES (3, 'both-1', 'active', 500000)`,
      );
      await second.query("BEGIN");
      const funded = second.query(
        `INSERT INTO procurement.funding (tender_id, budget_line_id, amount) VALUES (3, ${line + 1}, 700000)`,
      );
      // The second has to wait for the first's lock on tender 3; give it time to get there.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.query("COMMIT");
      await funded;
      await second.query("COMMIT");
    } finally {
      await first.end();
      await second.end();
    }
    const sums = await kept();
    expect(sums).toEqual(await expectedContracting(city.db));
    expect(sums.get(String(line + 1))!.contracted).not.toBe("0.00");
  });
});
