import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { staffHeaders } from "../../helpers/tokens";

const QUEUE = `query ($f: AppealFilter) { appeals(first: 100, filter: $f) { totalCount edges { node { id } } } }`;
const ASSIGN = `mutation { assignAppeal(id: "12", departmentId: "3") { id status } }`;

/**
 * Until an appeal is routed, only the appeals office (APPEALS_OFFICE_DEPARTMENT_ID) and admins
 * see it. Here the city names housing (6) its office instead of the demo's department 2; the demo
 * appeals 12 and 13 are not routed.
 */
describe("appeals not yet routed", () => {
  let city: LocalCity;
  beforeAll(async () => {
    city = await startLocalCity({ env: { APPEALS_OFFICE_DEPARTMENT_ID: "6" } });
  });
  afterAll(() => city?.stop());

  const unrouted = async (headers: Record<string, string>) =>
    (await city.query(QUEUE, { f: { status: ["REGISTERED"] } }, headers)).body.data.appeals.edges.map(
      (e: any) => e.node.id,
    );

  it("are seen by the configured office and admins only", async () => {
    expect(await unrouted(await staffHeaders("9", "6", "manager"))).toEqual(["12", "13"]);
    expect((await unrouted(await staffHeaders("1", "1", "admin"))).sort()).toEqual(["12", "13"]);
    expect(await unrouted(await staffHeaders("3", "2", "clerk"))).toEqual([]);
    expect(await unrouted(await staffHeaders("10", "6", "executor"))).toEqual([]);
    const read = `{ appeal(id: "12") { id applicant { fullName } } }`;
    expect((await city.query(read, undefined, await staffHeaders("3", "2", "clerk"))).body).toEqual({
      data: { appeal: null },
    });
    expect((await city.query(read, undefined, await staffHeaders("9", "6", "clerk"))).body).toEqual({
      data: { appeal: { id: "12", applicant: { fullName: "Ірина Кириленко" } } },
    });
  });

  it("are routed by the office only", async () => {
    const before = await city.db.query("SELECT department_id, status, version FROM appeals.appeal WHERE id = 12");
    const refused = await city.query(ASSIGN, undefined, await staffHeaders("4", "3", "manager"));
    expect(refused.body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["NOT_FOUND", "Appeal 12 does not exist or is not yours to see"],
    ]);
    expect(await city.db.query("SELECT department_id, status, version FROM appeals.appeal WHERE id = 12")).toEqual(
      before,
    );
    expect((await city.query(ASSIGN, undefined, await staffHeaders("9", "6", "clerk"))).body).toEqual({
      data: { assignAppeal: { id: "12", status: "ASSIGNED" } },
    });
  });
});
