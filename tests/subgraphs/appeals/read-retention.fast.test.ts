import { randomUUID } from "node:crypto";
import { personalDataReadMaintenance } from "../../../subgraphs/appeals/services/personal-data-reads";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { staffHeaders } from "../../helpers/tokens";

const partitions = async (city: LocalCity) =>
  (
    await city.db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'appeals.personal_data_read'::regclass ORDER BY 1`,
    )
  ).map((r) => r.name);
const monthName = (monthsFromNow: number) => {
  const kyiv = new Date(new Date().toLocaleString("en-US", { timeZone: "Europe/Kyiv" }));
  const d = new Date(Date.UTC(kyiv.getFullYear(), kyiv.getMonth() + monthsFromNow, 1));
  return `personal_data_read_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};

/**
 * The retention rule of the personal-data read log: a partition per Kyiv month, made a year ahead;
 * months older than the retention leave whole (their partition dropped), nothing newer is touched.
 */
describe("retention of reads of personal data", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity();
  });
  afterAll(() => city?.stop());

  it("keeps the retention's months, drops older ones whole and makes the next twelve", async () => {
    // A log that has run for four years: its partitions made as the months came, a read in each year.
    for (const back of [48, 36, 24, 12])
      await city.db.query("SELECT appeals.personal_data_read_maintain(1200, now() - make_interval(months => $1))", [
        back,
      ]);
    for (const back of [48, 37, 36, 2])
      await city.db.query(
        `INSERT INTO appeals.personal_data_read (at, actor_sub, actor_roles, request_id, appeal_ids)
         VALUES (now() - make_interval(months => $1), '9', '{manager}', $2, '{1}')`,
        [back, `old-${back}`],
      );
    const dropped = await personalDataReadMaintenance(city.subgraphs.appeals.db, 36);
    expect(dropped).toEqual(Array.from({ length: 12 }, (_, i) => monthName(i - 48)));
    const kept = await partitions(city);
    expect(kept[0]).toBe(monthName(-36));
    expect(kept.at(-1)).toBe(monthName(12));
    const left = await city.db.query<{ request_id: string }>(
      "SELECT request_id FROM appeals.personal_data_read WHERE request_id LIKE 'old-%' ORDER BY at",
    );
    expect(left.map((r) => r.request_id)).toEqual(["old-36", "old-2"]);
    await expect(personalDataReadMaintenance(city.subgraphs.appeals.db, 11)).rejects.toThrow(
      "reads of personal data are kept at least 12 months, got 11",
    );
  });

  it("records a read even in a month nobody made a partition for", async () => {
    await city.db.query(`DROP TABLE appeals.${monthName(0)}`);
    const requestId = randomUUID();
    await city.query(`{ appeals(first: 1) { edges { node { applicant { fullName } } } } }`, undefined, {
      ...(await staffHeaders("9", "6", "manager")),
      "x-request-id": requestId,
    });
    expect(
      await city.db.query("SELECT count(*)::int AS n FROM appeals.personal_data_read WHERE request_id = $1", [
        requestId,
      ]),
    ).toEqual([{ n: 1 }]);
    expect(await partitions(city)).toContain(monthName(0));
  });
});
