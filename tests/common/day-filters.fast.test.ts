import { kyivDayStart } from "../../subgraphs/common/calendar";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { analystHeaders, staffHeaders } from "../helpers/tokens";

// 23:30 on 31 March 2020 in Kyiv (UTC+3 since DST began on 29 March), and 02:30 on 1 April.
const LATE_31_MARCH = "2020-03-31T20:30:00Z";
const EARLY_1_APRIL = "2020-03-31T23:30:00Z";

/**
 * Filters and statistics take calendar days where a person means days: `since` and `until` are
 * Kyiv days, both included, whatever the UTC date of the instant; the older instant arguments
 * still work, and mixing or half-giving a period is refused with a clear message.
 */
describe("filters by Kyiv calendar days", () => {
  let city: LocalCity;
  let analyst: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    analyst = await analystHeaders();
    await city.db.query(`UPDATE appeals.appeal SET received_at = $1 WHERE id = 1`, [LATE_31_MARCH]);
    await city.db.query(`UPDATE appeals.appeal SET received_at = $1 WHERE id = 2`, [EARLY_1_APRIL]);
    await city.db.query(`UPDATE procurement.tender SET date_published = $1 WHERE id = 1`, [LATE_31_MARCH]);
    await city.db.query(`UPDATE procurement.tender SET date_published = $1 WHERE id = 2`, [EARLY_1_APRIL]);
    await city.db.query(`UPDATE documents.document SET registered_at = $1 WHERE id = 1`, [LATE_31_MARCH]);
    await city.db.query(`UPDATE documents.document SET registered_at = $1 WHERE id = 2`, [EARLY_1_APRIL]);
  });
  afterAll(() => city?.stop());

  it("begins each Kyiv day at its midnight, on the days DST starts and ends too", () => {
    expect(
      ["2026-01-01", "2026-03-29", "2026-03-30", "2026-07-01", "2026-10-25", "2026-10-26"].map((d) =>
        kyivDayStart(d).toISOString(),
      ),
    ).toEqual([
      "2025-12-31T22:00:00.000Z",
      "2026-03-28T22:00:00.000Z",
      "2026-03-29T21:00:00.000Z",
      "2026-06-30T21:00:00.000Z",
      "2026-10-24T21:00:00.000Z",
      "2026-10-25T22:00:00.000Z",
    ]);
  });

  it("counts appeals by the Kyiv day they were received, in statistics and the staff queue", async () => {
    const stats = (since: string, until: string) =>
      city
        .query(
          `query ($since: Date, $until: Date) { appealStatistics(since: $since, until: $until, groupBy: CATEGORY) { total } }`,
          { since, until },
          analyst,
        )
        .then((r) => (r.body.data?.appealStatistics as { total: number }[]).reduce((s, row) => s + row.total, 0));
    expect([await stats("2020-03-31", "2020-03-31"), await stats("2020-04-01", "2020-04-01")]).toEqual([1, 1]);
    expect(await stats("2020-03-01", "2020-04-30")).toBe(2);
    const queue = await city.query(
      `{ appeals(filter: { receivedSince: "2020-04-01", receivedUntil: "2020-04-01" }) { edges { node { id } } } }`,
      undefined,
      await staffHeaders("1", "1", "admin"),
    );
    expect(queue.body).toEqual({ data: { appeals: { edges: [{ node: { id: "2" } }] } } });
  });

  it("finds tenders and public documents by the Kyiv day they were published or registered", async () => {
    const tenders = await city.query(
      `{ tenders(filter: { publishedSince: "2020-03-31", publishedUntil: "2020-03-31" }) { edges { node { id } } } }`,
    );
    expect(tenders.body).toEqual({ data: { tenders: { edges: [{ node: { id: "1" } }] } } });
    const documents = await city.query(
      `{ publicDocuments(filter: { registeredSince: "2020-04-01", registeredUntil: "2020-04-01" }) { edges { node { id } } } }`,
    );
    expect(documents.body).toEqual({ data: { publicDocuments: { edges: [{ node: { id: "2" } }] } } });
  });

  it("still takes the older instants, and refuses a period given both ways, half, or backwards", async () => {
    const STATS = `query ($since: Date, $until: Date, $from: DateTime, $to: DateTime) {
      appealStatistics(since: $since, until: $until, from: $from, to: $to, groupBy: CATEGORY) { total } }`;
    const old = await city.query(STATS, { from: "2020-03-31T21:00:00Z", to: "2020-04-01T21:00:00Z" }, analyst);
    expect(old.body).toEqual({ data: { appealStatistics: [{ total: 1 }] } });
    const refusal = async (variables: Record<string, string>) =>
      (await city.query(STATS, variables, analyst)).body.errors?.map((e) => [
        e.extensions?.code,
        e.extensions?.field,
        e.message,
      ]);
    const PERIOD =
      "Give the period as since and until (calendar days in Kyiv time), or as from and to (instants), not both";
    expect(await refusal({ since: "2020-04-01", until: "2020-04-01", from: "2020-01-01T00:00:00Z" })).toEqual([
      ["BAD_USER_INPUT", "since", PERIOD],
    ]);
    expect(await refusal({ since: "2020-04-01" })).toEqual([["BAD_USER_INPUT", "since", PERIOD]]);
    expect(await refusal({ since: "2020-04-02", until: "2020-04-01" })).toEqual([
      ["BAD_USER_INPUT", "until", "until must not be before since"],
    ]);
    const queue = await city.query(
      `{ tenders(filter: { publishedSince: "2020-04-02", publishedUntil: "2020-04-01" }) { totalCount } }`,
      undefined,
      { "accept-language": "uk" },
    );
    expect(queue.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["BAD_USER_INPUT", "publishedUntil не може бути раніше за publishedSince"],
    ]);
  });
});
