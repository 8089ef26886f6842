import { randomUUID } from "node:crypto";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { staffHeaders } from "../../helpers/tokens";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const TRACK = contractOperation("portal", "TrackAppeal");
const DECIDE = `mutation ($id: ID!, $confirmed: Boolean!, $category: PrivilegeCategory) {
  decideAppealPrivilege(id: $id, confirmed: $confirmed, category: $category) { id privileged applicant { privileged privilegeCategory privilegeStatus } }
}`;
const QUEUE_IDS = `{ appeals(first: 100) { edges { node { id } } } }`;

/**
 * A citizen may state a statutory privilege; it orders the queue only once staff have confirmed
 * it, and the decision is on the timeline (with its author) without naming the privilege.
 */
describe("privileged applicants", () => {
  let city: LocalCity;
  let h: Record<"clerk2" | "manager6" | "executor10" | "manager3", Record<string, string>>;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      clerk2: await staffHeaders("3", "2", "clerk"),
      manager6: await staffHeaders("9", "6", "manager"),
      executor10: await staffHeaders("10", "6", "executor"),
      manager3: await staffHeaders("4", "3", "manager"),
    };
  });
  afterAll(() => city?.stop());

  const submit = async (applicant: Record<string, unknown>) => {
    const { body } = await city.query(SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        type: "APPLICATION",
        category: "social",
        subject: "Матеріальна допомога",
        text: "Прошу надати матеріальну допомогу на лікування.",
        applicant: {
          fullName: "Василь Ковальчук",
          address: "м. Житомир, вул. Польова, 8",
          phone: "+380 96 123 45 67",
          ...applicant,
        },
      },
    });
    const code = body.data.submitAppeal.trackingCode as string;
    const [{ id }] = await city.db.query<{ id: number }>("SELECT id FROM appeals.appeal WHERE tracking_code = $1", [
      code,
    ]);
    return { id: String(id), code };
  };
  const queue = async (headers: Record<string, string>) =>
    (await city.query(QUEUE_IDS, undefined, headers)).body.data.appeals.edges.map((e: any) => e.node.id);
  const privilegeRow = async (id: string) =>
    (
      await city.db.query<any>(
        "SELECT privileged, privilege_category, privilege_status, version FROM appeals.appeal WHERE id = $1",
        [id],
      )
    )[0];

  it("puts only the demo city's confirmed privileges first", async () => {
    const rows = await city.db.query<any>(
      "SELECT id, privileged, privilege_category AS category, privilege_status AS status FROM appeals.appeal WHERE privileged ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 3, privileged: true, category: "WAR_DISABLED", status: "CONFIRMED" },
      { id: 7, privileged: true, category: "COMBATANT", status: "CLAIMED" },
      { id: 8, privileged: true, category: "PERSON_WITH_DISABILITY", status: "CONFIRMED" },
      { id: 10, privileged: true, category: "CHORNOBYL", status: "CLAIMED" },
    ]);
    const all = await queue(await staffHeaders("1", "1", "admin"));
    expect(all.slice(0, 2).sort()).toEqual(["3", "8"]);
  });

  it("keeps a stated privilege out of the queue order until staff confirm it, on the timeline", async () => {
    const { id, code } = await submit({ privileged: true, privilegeCategory: "COMBATANT" });
    const claimed = await city.query(
      `query ($id: ID!) { appeal(id: $id) { privileged applicant { privileged privilegeCategory privilegeStatus } } }`,
      { id },
      h.clerk2,
    );
    expect(claimed.body).toEqual({
      data: {
        appeal: {
          privileged: false,
          applicant: { privileged: true, privilegeCategory: "COMBATANT", privilegeStatus: "CLAIMED" },
        },
      },
    });
    expect((await queue(h.clerk2))[0]).not.toBe(id);

    const confirmed = await city.query(DECIDE, { id, confirmed: true }, h.clerk2);
    expect(confirmed.body).toEqual({
      data: {
        decideAppealPrivilege: {
          id,
          privileged: true,
          applicant: { privileged: true, privilegeCategory: "COMBATANT", privilegeStatus: "CONFIRMED" },
        },
      },
    });
    expect((await queue(h.clerk2))[0]).toBe(id);
    const [event] = await city.db.query<any>(
      "SELECT status, actor_sub, note FROM appeals.appeal_event WHERE appeal_id = $1 ORDER BY id DESC LIMIT 1",
      [id],
    );
    expect(event).toEqual({
      status: "REGISTERED",
      actor_sub: "3",
      note: "Пільговий статус заявника підтверджено: звернення розглядається першочергово",
    });
    // The citizen's timeline tells that it goes first, never which privilege or whose.
    const tracked = JSON.stringify((await city.query(TRACK, { trackingCode: code })).body);
    expect(tracked).toContain("Пільговий статус заявника підтверджено");
    for (const secret of ["COMBATANT", "Ковальчук", "+380 96 123 45 67", "privilege"])
      expect(tracked).not.toContain(secret);
  });

  it("declines a claim, and confirms one at the reception with the category proven", async () => {
    const claim = await submit({ privileged: true });
    expect((await city.query(DECIDE, { id: claim.id, confirmed: false }, h.clerk2)).body).toEqual({
      data: {
        decideAppealPrivilege: {
          id: claim.id,
          privileged: false,
          applicant: { privileged: true, privilegeCategory: null, privilegeStatus: "DECLINED" },
        },
      },
    });
    const none = await submit({});
    const proven = await city.query(DECIDE, { id: none.id, confirmed: true, category: "WAR_VETERAN" }, h.clerk2);
    expect(proven.body.data.decideAppealPrivilege).toEqual({
      id: none.id,
      privileged: true,
      applicant: { privileged: false, privilegeCategory: "WAR_VETERAN", privilegeStatus: "CONFIRMED" },
    });
  });

  it("refuses decisions without grounds or by the wrong people, and changes nothing", async () => {
    const { id } = await submit({});
    const before = await privilegeRow(id);
    const errors = async (vars: Record<string, unknown>, headers: Record<string, string>) =>
      (await city.query(DECIDE, { id, ...vars }, headers)).body.errors?.map((e: any) => [
        e.extensions.code,
        e.extensions.field ?? null,
        e.message,
      ]);
    expect(await errors({ confirmed: true }, h.clerk2)).toEqual([
      ["BAD_USER_INPUT", "category", "category is required to confirm a privilege the applicant did not name"],
    ]);
    expect(await errors({ confirmed: false }, h.clerk2)).toEqual([
      ["BAD_USER_INPUT", "confirmed", "The applicant stated no privilege, so there is none to decline"],
    ]);
    // Unrouted: neither housing's manager nor its executor sees it yet.
    expect(await errors({ confirmed: true, category: "OTHER" }, h.manager6)).toEqual([
      ["NOT_FOUND", null, `Appeal ${id} does not exist or is not yours to see`],
    ]);
    expect(await errors({ confirmed: true, category: "OTHER" }, h.executor10)).toEqual([
      ["NOT_FOUND", null, `Appeal ${id} does not exist or is not yours to see`],
    ]);
    expect(
      (await city.query(DECIDE, { id, confirmed: true, category: "OTHER" })).body.errors?.map(
        (e: any) => e.extensions.code,
      ),
    ).toEqual(["UNAUTHENTICATED"]);
    expect(await privilegeRow(id)).toEqual(before);
  });
});
