import { kyivDate, addDays } from "../../../subgraphs/common/calendar";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { bearer, signToken, staffHeaders } from "../../helpers/tokens";

const QUEUE = contractOperation("staff", "AppealQueue");
const ASSIGN = contractOperation("staff", "AssignAppeal");
const EXTEND = contractOperation("staff", "ExtendAppealDeadline");
const ANSWER = contractOperation("staff", "AnswerAppeal");
const STATS = contractOperation("dashboards", "AppealStatistics");

const staff = staffHeaders;

/** Double control: staff see their appeals, move them through the lifecycle, managers control terms. */
describe("handling appeals", () => {
  let city: LocalCity;
  let h: Record<"manager6" | "executor10" | "clerk2" | "analyst" | "citizen" | "manager3", Record<string, string>>;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      manager6: await staff("9", "6", "manager"),
      executor10: await staff("10", "6", "executor"),
      clerk2: await staff("3", "2", "clerk", "executor"),
      analyst: await staff("12", "7", "analyst"),
      manager3: await staff("4", "3", "manager"),
      citizen: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-demo" })),
    };
  });
  afterAll(() => city?.stop());

  const ids = (body: any) => body.data.appeals.edges.map((e: any) => e.node.id);
  const row = async (id: number) =>
    (
      await city.db.query<any>("SELECT status, version, due_date::text AS due FROM appeals.appeal WHERE id = $1", [id])
    )[0];
  const codeOf = (body: any) => body.errors?.map((e: any) => e.extensions.code);

  it("groups appeal statistics for analysts (seeded: 4 complaints, one of them repeated, 7 applications, 2 proposals)", async () => {
    const from = new Date(Date.now() - 100 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const { body } = await city.query(STATS, { from, to, groupBy: "TYPE" }, h.analyst);
    expect(body).toEqual({
      data: {
        appealStatistics: [
          { key: "APPLICATION", label: "Заява", total: 7, answered: 5, overdue: 1, medianResponseDays: 20 },
          { key: "COMPLAINT", label: "Скарга", total: 4, answered: 1, overdue: 1, medianResponseDays: 12 },
          { key: "PROPOSAL", label: "Пропозиція", total: 2, answered: 0, overdue: 0, medianResponseDays: null },
        ],
      },
    });
    expect(codeOf((await city.query(STATS, { from, to, groupBy: "TYPE" }, h.executor10)).body)).toEqual(["FORBIDDEN"]);
    expect(codeOf((await city.query(STATS, { from, to, groupBy: "TYPE" })).body)).toEqual(["UNAUTHENTICATED"]);
    expect(codeOf((await city.query(STATS, { from: to, to: from, groupBy: "TYPE" }, h.analyst)).body)).toEqual([
      "BAD_USER_INPUT",
    ]);
  });

  it("lists a department's queue with confirmed privilege first, then by due date", async () => {
    const expected = await city.db.query<{ id: number }>(
      "SELECT id FROM appeals.appeal WHERE department_id = 6 ORDER BY (privilege_status <> 'CONFIRMED'), due_date, id",
    );
    // Demo appeal 3 (a confirmed privilege) leads although others are due sooner.
    expect(expected[0].id).toBe(3);
    const first = await city.query(QUEUE, { first: 4 }, h.manager6);
    expect(first.body.data.appeals.totalCount).toBe(expected.length);
    const next = await city.query(QUEUE, { first: 4, after: first.body.data.appeals.pageInfo.endCursor }, h.manager6);
    expect([...ids(first.body), ...ids(next.body)]).toEqual(expected.map((r) => String(r.id)));
    expect(next.body.data.appeals.pageInfo.hasNextPage).toBe(false);
    const overdue = await city.query(QUEUE, { first: 10, filter: { overdue: true } }, h.manager6);
    const node = overdue.body.data.appeals.edges.map((e: any) => e.node);
    expect(node).toEqual([
      {
        id: "4",
        registrationNumber: expect.stringMatching(/^З-4\/\d{4}$/),
        type: "COMPLAINT",
        category: "roads",
        status: "IN_PROGRESS",
        receivedAt: expect.any(String),
        dueDate: expect.any(String),
        overdue: true,
        applicant: {
          fullName: "Світлана Павленко",
          email: "svitlana.p@example.com",
          phone: null,
          address: "м. Житомир, просп. Миру, 21, кв. 9",
        },
        department: { id: "6", name: "Управління житлово-комунального господарства" },
        executor: { id: "10", fullName: "Тарас Лисенко" },
      },
    ]);
  });

  it("records every read of applicants' personal data: one row per request, the appeals it read", async () => {
    const count = async () =>
      (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM appeals.personal_data_read"))[0].n;
    const before = await count();
    const { body } = await city.query(
      `{ appeals(first: 3) { edges { node { id applicant { fullName } text } } } }`,
      undefined,
      { ...h.manager6, "x-request-id": "pd-read-1" },
    );
    const read = body.data.appeals.edges.map((e: any) => Number(e.node.id));
    const rows = await city.db.query<any>(
      "SELECT actor_sub, actor_roles, request_id, appeal_ids FROM appeals.personal_data_read WHERE request_id = 'pd-read-1'",
    );
    expect(rows).toEqual([
      {
        actor_sub: "9",
        actor_roles: ["manager"],
        request_id: "pd-read-1",
        appeal_ids: [...read].sort((a, b) => a - b),
      },
    ]);
    await city.query(`{ appeals(first: 3) { edges { node { id registrationNumber } } } }`, undefined, h.manager6);
    expect(await count()).toBe(before + 1);
    for (const statement of [
      "DELETE FROM appeals.personal_data_read",
      "UPDATE appeals.personal_data_read SET actor_sub = 'x'",
    ])
      await expect(city.db.query(statement)).rejects.toThrow(
        /appeals.personal_data_read is append-only: (DELETE|UPDATE) refused/,
      );
    await expect(city.db.query("TRUNCATE appeals.personal_data_read")).rejects.toThrow("append-only: TRUNCATE refused");
  });

  it("shows an executor the appeals assigned to them and a citizen their own", async () => {
    expect(ids((await city.query(QUEUE, { first: 20 }, h.executor10)).body).sort()).toEqual(["1", "2", "3", "4"]);
    const own = await city.query(QUEUE, { first: 20 }, h.citizen);
    expect(ids(own.body)).toEqual(["5"]);
    expect(own.body.data.appeals.edges[0].node.applicant.fullName).toBe("Андрій Кучер");
    expect(codeOf((await city.query(QUEUE, { first: 20 }, h.analyst)).body)).toEqual(["FORBIDDEN"]);
    expect(codeOf((await city.query(QUEUE, { first: 20 })).body)).toEqual(["UNAUTHENTICATED"]);
  });

  it("assigns an unrouted appeal, resolving department and executor through documents", async () => {
    const { body } = await city.query(ASSIGN, { id: "12", departmentId: "6", executorId: "10" }, h.clerk2);
    expect(body).toEqual({
      data: {
        assignAppeal: {
          id: "12",
          status: "ASSIGNED",
          department: { id: "6", name: "Управління житлово-комунального господарства" },
          executor: { id: "10", fullName: "Тарас Лисенко" },
        },
      },
    });
    // Routed away, it is no longer the office clerk's to see or change.
    expect(codeOf((await city.query(ASSIGN, { id: "12", departmentId: "2" }, h.clerk2)).body)).toEqual(["NOT_FOUND"]);
  });

  it("refuses illegal transitions and changes nothing", async () => {
    const before = [await row(4), await row(2)];
    const close = await city.query(`mutation { closeAppeal(id: "4") { id } }`, undefined, h.manager6);
    expect(close.body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["INVALID_TRANSITION", "An appeal in status IN_PROGRESS cannot be closed"],
    ]);
    const closed = await city.query(ASSIGN, { id: "2", departmentId: "6" }, h.manager6);
    expect(closed.body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["APPEAL_CLOSED", "The appeal is CLOSED and can no longer change"],
    ]);
    expect([await row(4), await row(2)]).toEqual(before);
  });

  it("lets the head extend a term up to 45 days from receipt, with the reason on the citizen's timeline", async () => {
    const [{ received }] = await city.db.query<{ received: Date }>(
      "SELECT received_at AS received FROM appeals.appeal WHERE id = 4",
    );
    const latest = addDays(kyivDate(received), 45);
    const before = await row(4);
    const tooLate = await city.query(
      EXTEND,
      { id: "4", dueDate: addDays(latest, 1), reason: "Потрібна додаткова перевірка" },
      h.manager6,
    );
    expect(tooLate.body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["BAD_USER_INPUT", `dueDate must be no later than ${latest}: 45 days from receipt`],
    ]);
    const earlier = await city.query(
      EXTEND,
      { id: "4", dueDate: before.due, reason: "Потрібна додаткова перевірка" },
      h.manager6,
    );
    expect(codeOf(earlier.body)).toEqual(["BAD_USER_INPUT"]);
    expect(
      codeOf(
        (await city.query(EXTEND, { id: "4", dueDate: latest, reason: "Потрібна додаткова перевірка" }, h.executor10))
          .body,
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(await row(4)).toEqual(before);
    const ok = await city.query(EXTEND, { id: "4", dueDate: latest, reason: "Потрібне обстеження дороги" }, h.manager6);
    expect(ok.body).toEqual({ data: { extendAppealDeadline: { id: "4", dueDate: latest, status: "IN_PROGRESS" } } });
    const [{ code }] = await city.db.query<{ code: string }>(
      "SELECT tracking_code AS code FROM appeals.appeal WHERE id = 4",
    );
    const track = await city.query(
      `query ($c: String!) { trackAppeal(trackingCode: $c) { dueDate timeline { status note } } }`,
      { c: code },
    );
    expect(track.body.data.trackAppeal.dueDate).toBe(latest);
    expect(track.body.data.trackAppeal.timeline.at(-1)).toEqual({
      status: "IN_PROGRESS",
      note: `Строк розгляду продовжено до ${latest}: Потрібне обстеження дороги`,
    });
  });

  it("records the answer with its registered letter, resolved through documents", async () => {
    // A letter of its own: the demo's letters each answer another appeal already.
    const register = `mutation ($input: RegisterDocumentInput!) { registerDocument(input: $input) { id registrationNumber } }`;
    const input = {
      kind: "OUTGOING",
      title: "Відповідь на звернення щодо ями на дорозі",
      departmentId: "6",
      accessLevel: "INTERNAL",
      fileIndex: "12-4",
    };
    const letter = (await city.query(register, { input }, h.manager6)).body.data.registerDocument;
    const { body } = await city.query(
      ANSWER,
      { id: "4", input: { text: "Ремонт ями включено до плану робіт на цей місяць.", documentId: letter.id } },
      h.executor10,
    );
    expect(body).toEqual({
      data: {
        answerAppeal: {
          id: "4",
          status: "ANSWERED",
          answer: {
            answeredAt: expect.any(String),
            text: "Ремонт ями включено до плану робіт на цей місяць.",
            document: { id: letter.id, registrationNumber: letter.registrationNumber },
          },
        },
      },
    });
  });

  it("lets one of two concurrent changes win and answers the other with CONFLICT", async () => {
    const before = await row(5);
    const start = `mutation ($v: Int) { startAppealWork(id: "5", version: $v) { status version } }`;
    // The same head in two browser tabs, both showing the version read before.
    const results = await Promise.all([
      city.query(start, { v: before.version }, h.manager6),
      city.query(start, { v: before.version }, h.manager6),
    ]);
    const outcomes = results
      .map((r) => (r.body.errors ? r.body.errors[0].extensions.code : r.body.data.startAppealWork.status))
      .sort();
    expect(outcomes).toEqual(["CONFLICT", "IN_PROGRESS"]);
    expect(await row(5)).toEqual({ ...before, status: "IN_PROGRESS", version: before.version + 1 });
    const [{ n }] = await city.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM appeals.appeal_event WHERE appeal_id = 5 AND status = 'IN_PROGRESS'",
    );
    expect(n).toBe(1);
  });

  it("forwards within 5 days and rejects with a reason; not a month later", async () => {
    const forward = `mutation ($id: ID!, $to: String!) { forwardAppeal(id: $id, to: $to) { status forwardedTo } }`;
    expect(
      (await city.query(forward, { id: "7", to: "Житомирська обласна військова адміністрація" }, h.manager3)).body,
    ).toEqual({
      data: { forwardAppeal: { status: "FORWARDED", forwardedTo: "Житомирська обласна військова адміністрація" } },
    });
    await city.db.query("UPDATE appeals.appeal SET received_at = now() - interval '20 days' WHERE id = 12");
    const before = await row(12);
    const late = await city.query(forward, { id: "12", to: "Пенсійний фонд" }, h.manager6);
    expect(late.body.errors?.map((e: any) => e.message)).toEqual([
      "An appeal is forwarded within 5 days of receipt; this one was received 20 days ago",
    ]);
    expect(await row(12)).toEqual(before);
    const reject = `mutation { rejectAppeal(id: "10", reason: "Повторне звернення з питання, яке вже вирішено") { status rejectionReason } }`;
    expect((await city.query(reject, undefined, await staff("7", "5", "manager"))).body.data.rejectAppeal.status).toBe(
      "REJECTED",
    );
  });

  it("keeps appeal statistics of a department from anonymous callers", async () => {
    const { body } = await city.query(`{ department(id: "6") { name appealStats { total } } }`);
    expect(body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["UNAUTHENTICATED", "Sign in to see appeal statistics"],
    ]);
    expect(body.data).toEqual({
      department: { name: "Управління житлово-комунального господарства", appealStats: null },
    });
  });
});
