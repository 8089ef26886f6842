import pino from "pino";
import { seedCityVolume, volumeOrder } from "../../scripts/volume/city-volume";
import { kyivYear } from "../../subgraphs/common/calendar";
import { citySubgraphs } from "../../subgraphs/registry";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { analystHeaders } from "../helpers/tokens";

const silent = pino({ level: "silent" });
// The demo city is dated from the real clock, so the volume is too.
const NOW = new Date();
const YEARS = [4, 3, 2, 1, 0].map((back) => kyivYear(NOW) - back);

/**
 * The city at scale (here 0.01: 1,000 appeals, 500 documents, 200 tenders) obeys the rules the
 * API keeps, so a benchmark measures the real thing: gap-free numbers with the counters moved on,
 * statutory due dates, statuses that agree with their dates and people, tenders funded from their
 * department's lines of their year, months for every budget line; and the graph serves it.
 */
describe("npm run seed:volume", () => {
  let city: LocalCity;
  let before: Record<string, number>;
  const count = async (sql: string) => Number((await city.db.query<{ n: string }>(sql))[0].n);
  const counts = async () => ({
    appeals: await count("SELECT count(*) AS n FROM appeals.appeal"),
    documents: await count("SELECT count(*) AS n FROM documents.document"),
    tenders: await count("SELECT count(*) AS n FROM procurement.tender"),
  });
  beforeAll(async () => {
    city = await startLocalCity();
    before = await counts();
    expect(await seedCityVolume(city.db.url, 0.01, citySubgraphs(), silent, NOW)).toEqual([
      "documents",
      "appeals",
      "budget",
      "procurement",
    ]);
  });
  afterAll(() => city?.stop());

  it("runs each subgraph after those whose ids it needs, and adds its share once", async () => {
    expect(volumeOrder(citySubgraphs()).map((d) => d.name)).toEqual(["documents", "appeals", "budget", "procurement"]);
    expect(await counts()).toEqual({
      appeals: before.appeals + 1000,
      documents: before.documents + 500,
      tenders: before.tenders + 200,
    });
    expect(await seedCityVolume(city.db.url, 0.01, citySubgraphs(), silent, NOW)).toEqual([]);
    expect(await counts()).toEqual({
      appeals: before.appeals + 1000,
      documents: before.documents + 500,
      tenders: before.tenders + 200,
    });
  });

  it("numbers appeals and documents gap-free per year and journal, and moves the counters on", async () => {
    const gaps = await city.db.query(`
      SELECT 'appeal' AS journal, registration_year AS year FROM appeals.appeal a
      GROUP BY 2 HAVING count(*) <> max(registration_seq)
        OR max(registration_seq) <> (SELECT last_number FROM appeals.registration_counter c WHERE c.year = a.registration_year)
      UNION ALL
      SELECT kind, registration_year FROM documents.document d GROUP BY 1, 2 HAVING count(*) <> max(registration_seq)
        OR max(registration_seq) <> (SELECT last_number FROM documents.journal_counter c
          WHERE c.kind = d.kind AND c.year = d.registration_year)`);
    expect(gaps).toEqual([]);
    const years = await city.db.query<{ y: number }>(
      "SELECT DISTINCT registration_year AS y FROM appeals.appeal ORDER BY 1",
    );
    expect(years.map((r) => r.y)).toEqual(YEARS);
  });

  it("gives appeals their statutory due date and statuses that agree with their dates and people", async () => {
    expect(
      await count(`SELECT count(*) AS n FROM appeals.appeal a JOIN appeals.appeal_category c ON c.code = a.category
        WHERE a.due_date <> CASE c.term_days WHEN 15 THEN (a.received_at AT TIME ZONE 'Europe/Kyiv')::date + 15
          ELSE ((a.received_at AT TIME ZONE 'Europe/Kyiv')::date + interval '1 month')::date END`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM appeals.appeal WHERE id > ${before.appeals} AND (
        received_at >= '${NOW.toISOString()}' OR (answered_at IS NOT NULL) <> (status IN ('ANSWERED', 'CLOSED')) OR answered_at < received_at
        OR (status = 'REGISTERED' AND (department_id IS NOT NULL OR executor_id IS NOT NULL))
        OR (status IN ('ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED') AND executor_id IS NULL))`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM appeals.appeal a WHERE a.status <> (SELECT e.status
        FROM appeals.appeal_event e WHERE e.appeal_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`),
    ).toBe(0);
  });

  it("funds tenders from their department's budget lines of their year, and gives every line its months", async () => {
    expect(
      await count(`SELECT count(*) AS n FROM procurement.funding f JOIN procurement.tender t ON t.id = f.tender_id
        JOIN budget.budget_line l ON l.id = f.budget_line_id
        JOIN budget.classification c ON c.kind = 'PROGRAM' AND c.code = l.program_code
        WHERE c.department_id <> t.procuring_entity_id
          OR l.fiscal_year <> extract(year FROM t.date_published AT TIME ZONE 'Europe/Kyiv')`),
    ).toBe(0);
    const years = await city.db.query<{ year: number; lines: string; months: string }>(`
      SELECT l.fiscal_year AS year, count(DISTINCT l.id) AS lines, count(DISTINCT m.line_id) AS months
      FROM budget.budget_line l LEFT JOIN budget.budget_line_month m ON m.line_id = l.id GROUP BY 1 ORDER BY 1`);
    // Every line has months (the demo's own lines of the current year have its eleven reports, the volume's twelve).
    expect(years.map((y) => [y.year, Number(y.months) === Number(y.lines)])).toEqual(YEARS.map((y) => [y, true]));
  });

  it("is served by the graph: a citizen tracks a generated appeal, analysts count them", async () => {
    const [appeal] = await city.db.query<{ tracking_code: string; registration_number: string }>(
      "SELECT tracking_code, registration_number FROM appeals.appeal ORDER BY id DESC LIMIT 1",
    );
    const track = await city.query(`query ($c: String!) { trackAppeal(trackingCode: $c) { registrationNumber } }`, {
      c: appeal.tracking_code,
    });
    expect(track.body).toEqual({ data: { trackAppeal: { registrationNumber: appeal.registration_number } } });
    const stats = await city.query(
      `query ($from: DateTime!, $to: DateTime!) { appealStatistics(from: $from, to: $to, groupBy: CATEGORY) { total } }`,
      { from: `${YEARS[1]}-01-01T00:00:00+02:00`, to: `${YEARS[2]}-01-01T00:00:00+02:00` },
      await analystHeaders(),
    );
    const total = (stats.body.data?.appealStatistics as { total: number }[]).reduce((s, r) => s + r.total, 0);
    expect(total).toBe(
      await count(`SELECT count(*) AS n FROM appeals.appeal
        WHERE received_at >= '${YEARS[1]}-01-01T00:00:00+02:00' AND received_at < '${YEARS[2]}-01-01T00:00:00+02:00'`),
    );
  });
});
