import { kyivDate, kyivYear } from "../../../subgraphs/common/calendar";
import { DemoClock } from "../../../subgraphs/common/demo-clock";
import { redateDemoHistory, seedDatedDemo } from "../../helpers/demo-history";
import { createPreparedDatabase } from "../../helpers/prepared-database";

/**
 * The demo city is numbered the same whatever day it is seeded: its history is held inside the Kyiv
 * year of the seeding day, so the journals' numbers, the appeals' and documents' ids, statuses,
 * links (repeated appeals among them) and timelines are those of a mid-year seed, on 2 January and at 00:30 of 1 January in Kyiv
 * (still 31 December in UTC) alike; nothing is dated before the year's first instant or after now.
 */

/** What the other tests rely on, with the year of the registration numbers written as YEAR. */
const FACTS = `
  SELECT 'document' AS what, d.id, jsonb_build_object('number', d.registration_number, 'kind', d.kind,
           'year', d.registration_year, 'status', d.status, 'appeal', d.answer_appeal_id) AS facts
    FROM documents.document d
  UNION ALL
  SELECT 'resolution', r.id, jsonb_build_object('document', r.document_id, 'status', r.status, 'control', r.on_control)
    FROM documents.resolution r
  UNION ALL
  SELECT 'appeal', a.id, jsonb_build_object('number', a.registration_number, 'year', a.registration_year,
           'status', a.status, 'privilege', a.privilege_status, 'department', a.department_id,
           'executor', a.executor_id, 'letter', a.answer_document_id, 'answered', a.answered_at IS NOT NULL,
           'timeline', (SELECT jsonb_agg(e.status ORDER BY e.at, e.id) FROM appeals.appeal_event e WHERE e.appeal_id = a.id),
           'repeats', (SELECT jsonb_agg(r.earlier_id ORDER BY r.earlier_id) FROM appeals.appeal_repeat r WHERE r.appeal_id = a.id))
    FROM appeals.appeal a
  ORDER BY 1, 2`;

/** Every instant the demo history wrote. */
const INSTANTS = `
  SELECT registered_at AS at FROM documents.document
  UNION ALL SELECT created_at FROM documents.resolution
  UNION ALL SELECT completed_at FROM documents.resolution WHERE completed_at IS NOT NULL
  UNION ALL SELECT accepted_at FROM documents.resolution WHERE accepted_at IS NOT NULL
  UNION ALL SELECT received_at FROM appeals.appeal
  UNION ALL SELECT answered_at FROM appeals.appeal WHERE answered_at IS NOT NULL
  UNION ALL SELECT at FROM appeals.appeal_event`;

/** The deadline facts on the seeding day: appeals answered late, appeals and resolutions open past due. */
const DEADLINES = `
  SELECT (SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM appeals.appeal
           WHERE (answered_at AT TIME ZONE 'Europe/Kyiv')::date > due_date) AS "answeredLate",
         (SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM appeals.appeal
           WHERE answered_at IS NULL AND due_date < $1::date) AS "overdueAppeals",
         (SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM documents.resolution
           WHERE status <> 'DONE' AND due_date < $1::date) AS "overdueResolutions"`;

async function seedAt(now: Date, redated = false) {
  const db = await createPreparedDatabase("none");
  try {
    await seedDatedDemo(db.url, new DemoClock(now));
    if (redated) await redateDemoHistory(db.url, now);
    const year = kyivYear(now);
    const facts = (await db.query<{ what: string; id: number; facts: Record<string, unknown> }>(FACTS)).map((row) => ({
      ...row,
      facts: JSON.parse(
        JSON.stringify(row.facts)
          .replaceAll(`/${year}"`, '/YEAR"')
          .replace(/"year":\d+/g, (y) => (y === `"year":${year}` ? '"year":"YEAR"' : y)),
      ),
    }));
    const instants = (await db.query<{ at: Date }>(INSTANTS)).map((r) => r.at.getTime());
    const [deadlines] = await db.query(DEADLINES, [kyivDate(now)]);
    return { facts, deadlines, earliest: Math.min(...instants), latest: Math.max(...instants) };
  } finally {
    await db.drop();
  }
}

describe("the demo city across New Year", () => {
  let midYear: Awaited<ReturnType<typeof seedAt>>;
  beforeAll(async () => {
    midYear = await seedAt(new Date("2026-06-15T09:00:00Z"));
  });

  it("numbers a mid-year seed as the tests expect: the journals and appeals of one year", () => {
    const numbers = (what: string) =>
      midYear.facts.filter((f) => f.what === what).map((f) => [f.id, f.facts.number, f.facts.year]);
    expect(numbers("document")).toEqual([
      [1, "1/01-12", "YEAR"],
      [2, "2/01-12", "YEAR"],
      [3, "1/02-3", "YEAR"],
      [4, "1/12-4", "YEAR"],
      [5, "2/12-4", "YEAR"],
      [6, "3/12-4", "YEAR"],
      [7, "4/06-2", "YEAR"],
      [8, "5/08-5", "YEAR"],
      [9, "6/02-05", "YEAR"],
      [10, "1/37-1", "YEAR"],
      [11, "1/12-1", "YEAR"],
    ]);
    expect(numbers("appeal")).toEqual(Array.from({ length: 13 }, (_, i) => [i + 1, `З-${i + 1}/YEAR`, "YEAR"]));
  });

  it.each([
    ["2 January", new Date("2027-01-02T10:00:00Z"), 2027],
    ["00:30 of 1 January in Kyiv, 31 December in UTC", new Date("2026-12-31T22:30:00Z"), 2027],
  ])("seeds the same city on %s, its history inside the Kyiv year", async (_day, now, year) => {
    const seeded = await seedAt(now);
    expect(seeded.facts).toEqual(midYear.facts);
    const yearStart = new Date(`${year}-01-01T00:00:00+02:00`).getTime();
    expect(seeded.earliest).toBeGreaterThanOrEqual(yearStart);
    expect(seeded.earliest).toBeLessThan(yearStart + 90_000);
    expect(seeded.latest).toBeLessThanOrEqual(now.getTime());
    // The price of one year: nothing received since 1 January has outrun a 15- or 30-day term yet, and
    // the resolution due before its document was registered is due on the first working day after.
    expect(seeded.deadlines).toEqual({ answeredLate: [], overdueAppeals: [], overdueResolutions: [] });
  });

  it("gives the tests a demo city with a mid-year seed's deadline facts and numbers on 2 January too", async () => {
    expect(midYear.deadlines).toEqual({ answeredLate: [9], overdueAppeals: [4], overdueResolutions: [2] });
    const redated = await seedAt(new Date("2027-01-02T10:00:00Z"), true);
    expect([redated.facts, redated.deadlines]).toEqual([midYear.facts, midYear.deadlines]);
    expect(redated.earliest).toBeLessThan(new Date("2027-01-01T00:00:00+02:00").getTime());
  });
});
