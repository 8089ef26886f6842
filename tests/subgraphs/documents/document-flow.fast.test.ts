import { addDays, kyivToday } from "../../../subgraphs/common/calendar";
import { isWorkingDay, previousWorkingDay } from "../../../subgraphs/documents/services/working-days";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { kyivYear } from "../../helpers/demo-city";
import { staffHeaders } from "../../helpers/tokens";

const REGISTER = contractOperation("staff", "RegisterDocument");
const ADD = contractOperation("staff", "AddResolution");
const MINE = contractOperation("staff", "MyAssignments");
const COMPLETE = contractOperation("staff", "CompleteResolution");

const staff = staffHeaders;
const codes = (body: any) => body.errors?.map((e: any) => [e.extensions.code, e.message]);

/** Registration, resolutions and control of execution, through the gateway. */
describe("document flow", () => {
  let city: LocalCity;
  let h: Record<"manager6" | "executor10" | "clerk2" | "admin" | "analyst7", Record<string, string>>;
  const counter = async (kind: string) =>
    (
      await city.db.query<{ n: number }>(
        "SELECT last_number AS n FROM documents.journal_counter WHERE kind = $1 AND year = $2",
        [kind, kyivYear()],
      )
    )[0]?.n ?? 0;
  const documentCount = async () =>
    (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents.document"))[0].n;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      manager6: await staff("9", "6", "manager"),
      executor10: await staff("10", "6", "executor"),
      clerk2: await staff("3", "2", "clerk", "executor"),
      admin: await staff("1", "1", "manager", "admin"),
      analyst7: await staff("12", "7", "analyst"),
    };
  });
  afterAll(() => city?.stop());

  const input = (over: Record<string, unknown> = {}) => ({
    kind: "OUTGOING",
    title: "Відповідь щодо благоустрою двору",
    summary: "Роботи з благоустрою заплановано на весну",
    correspondent: "Мешканці буд. 5",
    departmentId: "6",
    accessLevel: "INTERNAL",
    fileIndex: "12-4",
    ...over,
  });

  let documentId: string;
  let resolutionId: string;

  it("registers a document with the next number of its journal and year", async () => {
    const next = (await counter("OUTGOING")) + 1;
    const { body } = await city.query(REGISTER, { input: input() }, h.manager6);
    expect(body).toEqual({
      data: {
        registerDocument: {
          id: expect.any(String),
          kind: "OUTGOING",
          registrationNumber: `${next}/12-4`,
          registeredAt: expect.any(String),
          status: "REGISTERED",
          accessLevel: "INTERNAL",
        },
      },
    });
    documentId = body.data.registerDocument.id;
  });

  it.each([
    ["anonymous", {}, input(), "UNAUTHENTICATED"],
    ["a clerk of another department", "clerk2", input(), "FORBIDDEN"],
    ["a malformed file index", "manager6", input({ fileIndex: "abc" }), "BAD_USER_INPUT"],
    ["an unknown department", "admin", input({ departmentId: "999" }), "BAD_USER_INPUT"],
    ["an oversized title", "manager6", input({ title: "т".repeat(501) }), "BAD_USER_INPUT"],
  ])("refuses registration by %s, storing nothing", async (_what, who, bad, code) => {
    const before = [await documentCount(), await counter("OUTGOING")];
    const headers = typeof who === "string" ? h[who as keyof typeof h] : who;
    const { body } = await city.query(REGISTER, { input: bad }, headers);
    expect(body.errors?.map((e: any) => e.extensions.code)).toEqual([code]);
    expect([await documentCount(), await counter("OUTGOING")]).toEqual(before);
  });

  it("numbers each journal on its own: council and executive committee decisions apart", async () => {
    const register = async (kind: string) =>
      (
        await city.query(
          REGISTER,
          {
            input: input({
              kind,
              title: `Рішення ${kind}`,
              departmentId: "1",
              accessLevel: "PUBLIC",
              fileIndex: "01-12",
            }),
          },
          h.admin,
        )
      ).body.data.registerDocument.registrationNumber;
    const council = await counter("DECISION");
    const committee = await counter("COMMITTEE_DECISION");
    expect([
      await register("COMMITTEE_DECISION"),
      await register("DECISION"),
      await register("COMMITTEE_DECISION"),
    ]).toEqual([`${committee + 1}/01-12`, `${council + 1}/01-12`, `${committee + 2}/01-12`]);
  });

  it("numbers 50 concurrent registrations without a collision or a gap", async () => {
    const start = await counter("INCOMING");
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        city.query(
          REGISTER,
          { input: input({ kind: "INCOMING", title: `Вхідний лист ${i}`, fileIndex: "12-1" }) },
          h.manager6,
        ),
      ),
    );
    const numbers = answers
      .map((a) => Number(a.body.data.registerDocument.registrationNumber.split("/")[0]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
  });

  it("puts a resolution on control, moving a due date off a day off", async () => {
    let saturday = addDays(kyivToday(), 7);
    while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
    const { body } = await city.query(
      ADD,
      {
        documentId,
        input: { text: "Підготувати кошторис робіт", executorIds: ["10", "9"], dueDate: saturday, onControl: true },
      },
      h.manager6,
    );
    expect(isWorkingDay(body.data.addResolution.dueDate)).toBe(true);
    expect(body).toEqual({
      data: {
        addResolution: {
          id: expect.any(String),
          text: "Підготувати кошторис робіт",
          dueDate: previousWorkingDay(saturday),
          onControl: true,
          status: "OPEN",
          executors: [
            { id: "10", fullName: "Тарас Лисенко" },
            { id: "9", fullName: "Петро Савченко" },
          ],
          document: { id: documentId, registrationNumber: expect.stringMatching(/\/12-4$/) },
        },
      },
    });
    resolutionId = body.data.addResolution.id;
    const bad = (over: Record<string, unknown>, who = h.manager6) =>
      city.query(
        ADD,
        {
          documentId,
          input: { text: "Ще одне доручення", executorIds: ["10"], dueDate: saturday, onControl: false, ...over },
        },
        who,
      );
    expect(codes((await bad({ executorIds: ["10", "999"] })).body)).toEqual([
      ["BAD_USER_INPUT", "No staff with id 999"],
    ]);
    expect((await bad({ dueDate: addDays(kyivToday(), -3) })).body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(codes((await bad({}, h.executor10)).body)).toEqual([
      ["FORBIDDEN", "Resolutions are put by the head of the document's department"],
    ]);
    expect(codes((await bad({}, h.clerk2)).body)).toEqual([
      ["FORBIDDEN", "Resolutions are put by the head of the document's department"],
    ]);
  });

  it("lists the executor's open resolutions, soonest due first", async () => {
    const { body } = await city.query(MINE, { first: 10 }, h.executor10);
    const nodes = body.data.myAssignments.edges.map((e: any) => e.node);
    const expected = await city.db.query<{ id: number }>(
      `SELECT r.id FROM documents.resolution r JOIN documents.resolution_executor e ON e.resolution_id = r.id
        WHERE e.staff_id = 10 AND r.status = 'OPEN' ORDER BY r.due_date, r.id`,
    );
    expect(body.data.myAssignments.totalCount).toBe(expected.length);
    expect(nodes.map((n: any) => n.id)).toEqual(expected.map((r) => String(r.id)));
    expect(nodes.find((n: any) => n.id === resolutionId)).toEqual({
      id: resolutionId,
      text: "Підготувати кошторис робіт",
      dueDate: expect.any(String),
      overdue: false,
      status: "OPEN",
      document: { id: documentId, registrationNumber: expect.any(String), title: "Відповідь щодо благоустрою двору" },
    });
    expect((await city.query(MINE, { first: 10 })).body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("has the responsible executor report and the controller accept", async () => {
    expect(
      codes((await city.query(COMPLETE, { id: resolutionId, report: "Кошторис готовий" }, h.manager6)).body),
    ).toEqual([["FORBIDDEN", "Only the responsible executor completes a resolution"]]);
    const done = await city.query(COMPLETE, { id: resolutionId, report: "Кошторис готовий" }, h.executor10);
    expect(done.body).toEqual({
      data: {
        completeResolution: {
          id: resolutionId,
          status: "REPORTED",
          completedAt: expect.any(String),
          report: "Кошторис готовий",
        },
      },
    });
    expect(codes((await city.query(COMPLETE, { id: resolutionId, report: "Ще раз" }, h.executor10)).body)).toEqual([
      ["INVALID_TRANSITION", "A resolution in status REPORTED cannot be completed"],
    ]);
    const accept = await city.query(
      `mutation ($id: ID!) { acceptResolution(id: $id) { status acceptedAt document { status } } }`,
      { id: resolutionId },
      h.manager6,
    );
    expect(accept.body).toEqual({
      data: { acceptResolution: { status: "DONE", acceptedAt: expect.any(String), document: { status: "DONE" } } },
    });
  });
});
