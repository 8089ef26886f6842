import { randomUUID } from "node:crypto";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { staffHeaders } from "../../helpers/tokens";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const EARLIER = `query ($id: ID!) { appeal(id: $id) { id repeated earlierAppeals { id status category applicant { fullName } } } }`;
const REJECT = `mutation ($id: ID!, $code: AppealRejectionReason) {
  rejectAppeal(id: $id, reason: "Питання вже вирішено, відповідь надано раніше", reasonCode: $code) { id status rejectionCode rejectionReason }
}`;

/**
 * Art. 8: an appeal of the same person on a question already decided may be left without
 * consideration. Matched at registration: the same normalised name with the same address, e-mail
 * or phone, the same category, within the year before. Demo: appeal 13 repeats appeal 1 (answered).
 */
describe("repeated appeals", () => {
  let city: LocalCity;
  let h: Record<"admin" | "clerk2" | "manager6", Record<string, string>>;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      admin: await staffHeaders("1", "1", "manager", "admin"),
      clerk2: await staffHeaders("3", "2", "clerk"),
      manager6: await staffHeaders("9", "6", "manager"),
    };
  });
  afterAll(() => city?.stop());

  const submit = async (category: string, applicant: Record<string, unknown>) => {
    const { body } = await city.query(SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        type: "COMPLAINT",
        category,
        subject: "Знову те саме питання",
        text: "Питання досі не вирішено, прошу розглянути.",
        applicant,
      },
    });
    const [{ id }] = await city.db.query<{ id: number }>("SELECT id FROM appeals.appeal WHERE tracking_code = $1", [
      body.data.submitAppeal.trackingCode,
    ]);
    return String(id);
  };
  const earlierIds = async (id: string) =>
    (await city.query(EARLIER, { id }, h.admin)).body.data.appeal.earlierAppeals.map((e: any) => e.id);
  const row = async (id: string) =>
    (
      await city.db.query<any>(
        "SELECT status, version, rejection_code, rejection_reason FROM appeals.appeal WHERE id = $1",
        [id],
      )
    )[0];

  it("links the demo city's repeated appeal and shows it to those who may open the earlier one", async () => {
    const admin = await city.query(EARLIER, { id: "13" }, h.admin);
    expect(admin.body).toEqual({
      data: {
        appeal: {
          id: "13",
          repeated: true,
          earlierAppeals: [
            { id: "1", status: "ANSWERED", category: "housing", applicant: { fullName: "Іван Гончаренко" } },
          ],
        },
      },
    });
    // The appeals office registers it and sees that it is repeated, but appeal 1 is housing's.
    expect((await city.query(EARLIER, { id: "13" }, h.clerk2)).body).toEqual({
      data: { appeal: { id: "13", repeated: true, earlierAppeals: [] } },
    });
    expect((await city.query(EARLIER, { id: "1" }, h.manager6)).body).toEqual({
      data: { appeal: { id: "1", repeated: false, earlierAppeals: [] } },
    });
  });

  it("matches the person however the name, address, e-mail or phone were written, in the same category only", async () => {
    // Demo appeal 2: Ольга Приходько, м. Житомир, вул. Київська, 77, кв. 15, +380 67 111 22 33, housing.
    const byPhone = await submit("housing", {
      fullName: "  ольга   ПРИХОДЬКО ",
      address: "с. Тетерівка, вул. Лісова, 1",
      phone: "067-111-22-33",
    });
    const byAddress = await submit("housing", {
      fullName: "Ольга Приходько",
      address: "м.Житомир, вул.Київська 77 кв.15",
      email: "olha.new@example.com",
    });
    const otherCategory = await submit("roads", {
      fullName: "Ольга Приходько",
      address: "м. Житомир, вул. Київська, 77, кв. 15",
      phone: "+380671112233",
    });
    const namesake = await submit("housing", {
      fullName: "Ольга Приходько",
      address: "м. Житомир, вул. Лесі Українки, 3",
      phone: "+380 50 999 88 77",
    });
    // Apostrophes are one: Дем'янчук and Демʼянчук are the same name.
    const first = await submit("social", {
      fullName: "Марія Дем'янчук",
      address: "м. Житомир, вул. Тиха, 2",
      email: "Maria.D@Example.com",
    });
    const second = await submit("social", {
      fullName: "Марія Демʼянчук",
      address: "м. Житомир, вул. Інша, 5",
      email: "maria.d@example.com",
    });
    expect({
      byPhone: await earlierIds(byPhone),
      byAddress: await earlierIds(byAddress),
      otherCategory: await earlierIds(otherCategory),
      namesake: await earlierIds(namesake),
      second: await earlierIds(second),
    }).toEqual({ byPhone: ["2"], byAddress: ["2"], otherCategory: [], namesake: [], second: [first] });
  });

  it("leaves out appeals more than a year old", async () => {
    const old = await submit("education", {
      fullName: "Степан Гуменюк",
      address: "м. Житомир, вул. Нова, 9",
      email: "s.humeniuk@example.com",
    });
    await city.db.query("UPDATE appeals.appeal SET received_at = now() - interval '13 months' WHERE id = $1", [old]);
    const recent = await submit("education", {
      fullName: "Степан Гуменюк",
      address: "м. Житомир, вул. Нова, 9",
      email: "s.humeniuk@example.com",
    });
    expect(await earlierIds(recent)).toEqual([]);
  });

  it("allows REPEATED as the ground of a rejection only when an earlier appeal was answered", async () => {
    const none = await submit("health", {
      fullName: "Олена Руденко",
      address: "м. Житомир, вул. Садова, 4",
      email: "o.rudenko@example.com",
    });
    const pending = await submit("health", {
      fullName: "Олена Руденко",
      address: "м. Житомир, вул. Садова, 4",
      email: "o.rudenko@example.com",
    });
    const before = [await row(none), await row(pending)];
    const refused = async (id: string) =>
      (await city.query(REJECT, { id, code: "REPEATED" }, h.clerk2)).body.errors?.map((e: any) => [
        e.extensions.code,
        e.extensions.field,
        e.message,
      ]);
    expect(await refused(none)).toEqual([
      [
        "BAD_USER_INPUT",
        "reasonCode",
        "reasonCode REPEATED needs an earlier appeal of the same applicant in the same category within a year; this appeal has none",
      ],
    ]);
    expect(await refused(pending)).toEqual([
      [
        "BAD_USER_INPUT",
        "reasonCode",
        "reasonCode REPEATED needs an earlier appeal that was answered; none of the applicant's 1 earlier appeal(s) in this category has an answer yet",
      ],
    ]);
    expect([await row(none), await row(pending)]).toEqual(before);

    // Appeal 13 repeats appeal 1, which was answered: the office may leave it without consideration.
    expect((await city.query(REJECT, { id: "13", code: "REPEATED" }, h.clerk2)).body).toEqual({
      data: {
        rejectAppeal: {
          id: "13",
          status: "REJECTED",
          rejectionCode: "REPEATED",
          rejectionReason: "Питання вже вирішено, відповідь надано раніше",
        },
      },
    });
    // Without a ground the rejection is OTHER, as before.
    expect((await city.query(REJECT, { id: none }, h.clerk2)).body.data.rejectAppeal).toMatchObject({
      status: "REJECTED",
      rejectionCode: "OTHER",
    });
  });

  it("counts repeated appeals in the statistics and loads earlier appeals of a page in one statement", async () => {
    const from = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const [{ n }] = await city.db.query<{ n: number }>(
      "SELECT count(DISTINCT appeal_id)::int AS n FROM appeals.appeal_repeat",
    );
    const stats = await city.query(
      `query ($from: DateTime!, $to: DateTime!) { appealStatistics(from: $from, to: $to, groupBy: TYPE) { repeated } }`,
      { from, to },
      h.admin,
    );
    // 13 repeats 1; byPhone, byAddress, second, pending above: 5 repeated appeals, all complaints.
    expect(n).toBe(5);
    expect(stats.body.data.appealStatistics.map((r: any) => r.repeated)).toEqual([0, 5, 0]);
    city.resetSql();
    const page = await city.query(
      `{ appeals(first: 50) { edges { node { id repeated earlierAppeals { id } } } } }`,
      undefined,
      h.admin,
    );
    expect(page.body.data.appeals.edges.filter((e: any) => e.node.repeated)).toHaveLength(5);
    expect(city.sql.appeals.filter((q) => q.includes("appeal_repeat"))).toHaveLength(1);
  });
});
