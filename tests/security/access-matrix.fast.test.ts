import { randomUUID } from "node:crypto";
import { DEMO_APPEALS } from "../../subgraphs/appeals/seed-appeals";
import { addDays, kyivToday } from "../../subgraphs/common/calendar";
import { startLocalCity, type LocalCity } from "../helpers/local-city";
import { contractOperation } from "../helpers/contract";
import { kyivYear } from "../helpers/demo-city";
import { ROLE_NAMES, roleHeaders, type RoleName } from "./roles";

type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
type Expect = Partial<Record<RoleName, Outcome>> & { rest: Outcome };
const PUBLIC: Expect = { rest: "ok" };
const STATS: Expect = {
  anonymous: "UNAUTHENTICATED",
  manager: "ok",
  analyst: "ok",
  admin: "ok",
  otherDepartment: "ok",
  rest: "FORBIDDEN",
};

/** Personal values of the seeded appeals, and the restricted document's content. */
const PERSONAL = DEMO_APPEALS.map((a, i) => ({
  id: i + 1,
  a,
  values: a.applicant.filter((v): v is string => v !== null),
}));
const RESTRICTED = ["Службова записка про перерозподіл видатків", "Перерозподіл видатків між програмами департаменту"];

/**
 * Which seeded appeals each role may see (the rule of the law, restated for the test): appeals
 * not yet routed only by the appeals office (department 2: the clerk) and admins.
 */
const SEES: Record<RoleName, (a: (typeof DEMO_APPEALS)[number]) => boolean> = {
  anonymous: () => false,
  analyst: () => false,
  citizenOther: () => false,
  citizenOwn: (a) => a.citizenSub === "citizen-demo",
  executor: (a) => a.executorId === 10,
  clerk: (a) => a.departmentId === 2 || a.departmentId === null,
  manager: (a) => a.departmentId === 6,
  otherDepartment: (a) => a.departmentId === 3,
  admin: () => true,
};

/**
 * Every contract operation as every kind of caller: what is allowed returns data, what is not
 * returns its code, and no response carries personal data or restricted content it should not.
 */
describe("access matrix", () => {
  let city: LocalCity;
  let as: Awaited<ReturnType<typeof roleHeaders>>;
  beforeAll(async () => {
    city = await startLocalCity();
    as = await roleHeaders();
  });
  afterAll(() => city?.stop());

  /** A fresh appeal (so each caller acts on the same state), optionally routed to department 6 and executor 10. */
  const freshAppeal = async (routed: boolean) => {
    const { body } = await city.query(contractOperation("portal", "SubmitAppeal"), {
      input: {
        idempotencyKey: randomUUID(),
        type: "APPLICATION",
        category: "housing",
        subject: "Тест матриці доступу",
        text: "Текст звернення для перевірки доступу.",
        applicant: { fullName: "Тест Матриця", address: "м. Житомир, вул. Тестова, 1", email: "matrix@example.com" },
      },
    });
    const [{ id }] = await city.db.query<{ id: number }>("SELECT id FROM appeals.appeal WHERE tracking_code = $1", [
      body.data.submitAppeal.trackingCode,
    ]);
    if (routed)
      await city.db.query(
        "UPDATE appeals.appeal SET department_id = 6, executor_id = 10, status = 'IN_PROGRESS' WHERE id = $1",
        [id],
      );
    return String(id);
  };
  const freshResolution = async () => {
    const [{ id }] = await city.db.query<{ id: number }>(
      `INSERT INTO documents.resolution (document_id, text, due_date, on_control, author_id) VALUES (11, 'Доручення для перевірки', $1, false, 9) RETURNING id`,
      [addDays(kyivToday(), 10)],
    );
    await city.db.query(
      "INSERT INTO documents.resolution_executor (resolution_id, staff_id, position) VALUES ($1, 10, 0)",
      [id],
    );
    return String(id);
  };
  const restrictedTender = async () =>
    String(
      (
        await city.db.query<{ id: number }>(
          "SELECT c.tender_id AS id FROM procurement.contract c JOIN procurement.contract_document d ON d.contract_id = c.id WHERE d.document_id = 10 LIMIT 1",
        )
      )[0].id,
    );
  const code = async () =>
    (await city.db.query<{ c: string }>("SELECT tracking_code AS c FROM appeals.appeal WHERE id = 1"))[0].c;

  const CASES: [string, string, () => Promise<Record<string, unknown>>, Expect][] = [
    ["portal", "PortalHome", async () => ({ year: kyivYear() }), PUBLIC],
    ["portal", "TenderList", async () => ({ first: 5 }), PUBLIC],
    ["portal", "TenderDetail", async () => ({ id: await restrictedTender() }), PUBLIC],
    [
      "portal",
      "SubmitAppeal",
      async () => ({
        input: {
          idempotencyKey: randomUUID(),
          type: "PROPOSAL",
          category: "roads",
          subject: "Пропозиція",
          text: "Пропозиція щодо благоустрою скверу.",
          applicant: { fullName: "Тест Матриця", address: "м. Житомир, вул. Тестова, 1", phone: "+380 50 000 00 00" },
        },
      }),
      PUBLIC,
    ],
    ["portal", "TrackAppeal", async () => ({ trackingCode: await code() }), PUBLIC],
    ["portal", "PublicDocumentSearch", async () => ({ search: "про", first: 5 }), PUBLIC],
    ["portal", "AppealCategories", async () => ({}), PUBLIC],
    [
      "staff",
      "AppealQueue",
      async () => ({ first: 50 }),
      { anonymous: "UNAUTHENTICATED", analyst: "FORBIDDEN", rest: "ok" },
    ],
    [
      "staff",
      "AssignAppeal",
      async () => ({ id: await freshAppeal(false), departmentId: "6", executorId: "10" }),
      { anonymous: "UNAUTHENTICATED", clerk: "ok", admin: "ok", rest: "NOT_FOUND" },
    ],
    [
      "staff",
      "ExtendAppealDeadline",
      async () => ({
        id: await freshAppeal(true),
        dueDate: addDays(kyivToday(), 40),
        reason: "Потрібна додаткова перевірка",
      }),
      { anonymous: "UNAUTHENTICATED", executor: "FORBIDDEN", manager: "ok", admin: "ok", rest: "NOT_FOUND" },
    ],
    [
      "staff",
      "RegisterDocument",
      async () => ({
        input: { kind: "INCOMING", title: "Лист для перевірки доступу", departmentId: "6", accessLevel: "INTERNAL" },
      }),
      { anonymous: "UNAUTHENTICATED", manager: "ok", admin: "ok", rest: "FORBIDDEN" },
    ],
    [
      "staff",
      "AnswerAppeal",
      async () => ({ id: await freshAppeal(true), input: { text: "Відповідь на звернення надано." } }),
      { anonymous: "UNAUTHENTICATED", executor: "ok", manager: "ok", admin: "ok", rest: "NOT_FOUND" },
    ],
    [
      "staff",
      "AddResolution",
      async () => ({
        documentId: "11",
        input: { text: "Доручення", executorIds: ["10"], dueDate: addDays(kyivToday(), 14), onControl: true },
      }),
      {
        anonymous: "UNAUTHENTICATED",
        citizenOwn: "NOT_FOUND",
        citizenOther: "NOT_FOUND",
        manager: "ok",
        admin: "ok",
        rest: "FORBIDDEN",
      },
    ],
    [
      "staff",
      "MyAssignments",
      async () => ({ first: 10 }),
      { anonymous: "UNAUTHENTICATED", citizenOwn: "FORBIDDEN", citizenOther: "FORBIDDEN", rest: "ok" },
    ],
    [
      "staff",
      "CompleteResolution",
      async () => ({ id: await freshResolution(), report: "Виконано" }),
      { anonymous: "UNAUTHENTICATED", executor: "ok", rest: "FORBIDDEN" },
    ],
    ["dashboards", "DepartmentScorecard", async () => ({ id: "6", year: kyivYear() }), STATS],
    ["dashboards", "BudgetVsProcurement", async () => ({ year: kyivYear(), first: 20 }), PUBLIC],
    [
      "dashboards",
      "AppealStatistics",
      async () => ({
        from: new Date(Date.now() - 90 * 86_400_000).toISOString(),
        to: new Date().toISOString(),
        groupBy: "CATEGORY",
      }),
      STATS,
    ],
  ];

  it("covers every contract operation", () => expect(CASES).toHaveLength(18));

  it.each(
    CASES.flatMap(([file, name, vars, expected]) =>
      ROLE_NAMES.map((role) => [`${name} as ${role}`, file, name, vars, expected, role] as const),
    ),
  )("%s", async (_title, file, name, vars, expected, role) => {
    const { body } = await city.query(contractOperation(file as "portal", name), await vars(), as[role]);
    const outcome = expected[role] ?? expected.rest;
    const codes = (body.errors ?? []).map((e: any) => e.extensions.code);
    if (outcome === "ok") expect(codes).toEqual([]);
    else expect([...new Set(codes)]).toEqual([outcome]);
    const text = JSON.stringify(body);
    // A value shared by two appeals (a repeated appeal's applicant) may show through the one the role sees.
    const shown = new Set(
      PERSONAL.filter(({ a }) => name === "AppealQueue" && SEES[role](a)).flatMap(({ values }) => values),
    );
    for (const { values } of PERSONAL)
      for (const value of values) if (!shown.has(value)) expect(text).not.toContain(value);
    // The restricted note belongs to department 7: its staff (the analyst) and admins may read it.
    if (role !== "analyst" && role !== "admin") for (const value of RESTRICTED) expect(text).not.toContain(value);
  });
});
