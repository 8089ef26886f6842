import { freePort } from "../../helpers/free-port";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { staffHeaders } from "../../helpers/tokens";

const ASSIGN = contractOperation("staff", "AssignAppeal");
const ANSWER = contractOperation("staff", "AnswerAppeal");

const APPEAL_ROW = `SELECT status, version, department_id, executor_id, answered_at, answer_text, answer_document_id,
  (SELECT count(*)::int FROM appeals.appeal_event e WHERE e.appeal_id = a.id) AS events FROM appeals.appeal a WHERE id = $1`;
const LETTER_ROW = `SELECT id, answer_appeal_id, answer_department_id, answer_executor_id FROM documents.document WHERE id = ANY($1) ORDER BY id`;

/** A response's data and its errors' message, path, code, field, service and retry hint (the rest is the gateway's: request id, service name). */
const outcome = (body: { data?: unknown; errors?: any[] }) => ({
  data: body.data,
  errors: body.errors?.map((e) => ({
    message: e.message,
    path: e.path,
    code: e.extensions?.code,
    field: e.extensions?.field,
    service: e.extensions?.service,
    retryAfterSeconds: e.extensions?.retryAfterSeconds,
  })),
});

/** The whole refusal: one BAD_USER_INPUT naming the field, no data. */
const refusal = (field: string, message: string, path: string) => ({
  data: null,
  errors: [{ message, path: [path], code: "BAD_USER_INPUT", field, service: undefined, retryAfterSeconds: undefined }],
});

/** Ids appeals keeps of documents' entities are checked with documents, as the caller. */
describe("references of appeals checked with documents", () => {
  let city: LocalCity;
  let manager6: Record<string, string>;
  let executor10: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    manager6 = await staffHeaders("9", "6", "manager");
    executor10 = await staffHeaders("10", "6", "executor");
  });
  afterAll(() => city?.stop());

  const row = async (id: number) => (await city.db.query<any>(APPEAL_ROW, [id]))[0];

  it("refuses to assign to a department, or an executor, that does not exist, and changes nothing", async () => {
    // Appeal 5: routed to housing (6), no executor yet.
    const before = await row(5);
    const cases: [Record<string, string>, string, string][] = [
      [
        { departmentId: "999" },
        "departmentId",
        "There is no department 999; choose one of the council's departments (the departments query lists them)",
      ],
      [
        { departmentId: "999", executorId: "424242" },
        "departmentId",
        "There is no department 999; choose one of the council's departments (the departments query lists them)",
      ],
      [
        { departmentId: "6", executorId: "424242" },
        "executorId",
        "There is no member of staff 424242; choose an executor among the staff of department 6",
      ],
      [
        { departmentId: "6", executorId: "5" },
        "executorId",
        "Сергій Бондаренко (staff 5) works in department 3, not in Управління житлово-комунального господарства (6); choose an executor of department 6, or assign the appeal to department 3",
      ],
    ];
    for (const [args, field, message] of cases) {
      const { body } = await city.query(ASSIGN, { id: "5", ...args }, manager6);
      expect(outcome(body)).toEqual(refusal(field, message, "assignAppeal"));
    }
    expect(await row(5)).toEqual(before);
  });

  it("still assigns to a department and one of its executors, in one request to documents", async () => {
    const before = await row(5);
    city.resetSql();
    const { body } = await city.query(
      ASSIGN,
      { id: "5", departmentId: "6", executorId: "10", version: before.version },
      manager6,
    );
    expect(body).toEqual({
      data: {
        assignAppeal: {
          id: "5",
          status: "ASSIGNED",
          department: { id: "6", name: "Управління житлово-комунального господарства" },
          executor: { id: "10", fullName: "Тарас Лисенко" },
        },
      },
    });
    expect(await row(5)).toEqual({
      ...before,
      executor_id: 10,
      version: before.version + 1,
      events: before.events + 1,
    });
    // The check is one request to documents: one statement for the department, one for the staff
    // member (their department is the same row, cached); then the gateway resolves the result's two.
    const tables = city.sql.documents.map((q) => /FROM "documents"\."(\w+)"/.exec(q)?.[1]);
    expect(tables).toEqual(["department", "staff", "department", "staff"]);
  });

  it("refuses an answer letter that does not exist, that the caller may not read, or that is no outgoing letter of this appeal", async () => {
    // Appeal 4: in progress with executor 10 of housing (6).
    const before = await row(4);
    const letters = await city.db.query(LETTER_ROW, [[3, 4, 10]]);
    const text = "Ремонт ями включено до плану робіт на цей місяць.";
    const cases: [string, string][] = [
      ["999999", "There is no document 999999; register the answer letter as an outgoing document first, then link it"],
      [
        "10",
        "You may not read document 1/37-1 (id 10), so it cannot be your answer letter; link a letter you registered or may read",
      ],
      [
        "3",
        "Document 1/02-3 (id 3) is a розпорядження міського голови, not an outgoing letter; register the answer as an outgoing document (kind OUTGOING) and link that",
      ],
      ["4", "Document 1/12-4 (id 4) already answers another appeal; register a letter of its own for this one"],
    ];
    for (const [documentId, message] of cases) {
      const { body } = await city.query(ANSWER, { id: "4", input: { text, documentId } }, executor10);
      expect(outcome(body)).toEqual(refusal("documentId", message, "answerAppeal"));
    }
    expect(await row(4)).toEqual(before);
    expect(await city.db.query(LETTER_ROW, [[3, 4, 10]])).toEqual(letters);
  });

  it("answers with a letter of the department, which then only the appeal's handlers read", async () => {
    const register = `mutation ($input: RegisterDocumentInput!) { registerDocument(input: $input) { id registrationNumber } }`;
    // Registered PUBLIC by mistake: as an answer letter it is hidden all the same.
    const input = {
      kind: "OUTGOING",
      title: "Відповідь на звернення щодо ями біля школи",
      correspondent: "Павленко С.",
      departmentId: "6",
      accessLevel: "PUBLIC",
      fileIndex: "12-4",
    };
    const registered = (await city.query(register, { input }, manager6)).body.data.registerDocument;
    const DOC = `query ($id: ID!) { document(id: $id) { title correspondent } }`;
    expect((await city.query(DOC, { id: registered.id })).body).toEqual({
      data: { document: { title: input.title, correspondent: "Павленко С." } },
    });

    const text = "Ремонт ями включено до плану робіт на цей місяць.";
    const { body } = await city.query(ANSWER, { id: "4", input: { text, documentId: registered.id } }, executor10);
    expect(body).toEqual({
      data: {
        answerAppeal: {
          id: "4",
          status: "ANSWERED",
          answer: {
            answeredAt: expect.any(String),
            text,
            document: { id: registered.id, registrationNumber: registered.registrationNumber },
          },
        },
      },
    });
    expect(await city.db.query(LETTER_ROW, [[Number(registered.id)]])).toEqual([
      { id: Number(registered.id), answer_appeal_id: 4, answer_department_id: 6, answer_executor_id: 10 },
    ]);
    const hidden = { data: { document: { title: null, correspondent: null } } };
    expect((await city.query(DOC, { id: registered.id })).body).toEqual(hidden);
    expect((await city.query(DOC, { id: registered.id }, await staffHeaders("12", "7", "analyst"))).body).toEqual(
      hidden,
    );
    expect((await city.query(DOC, { id: registered.id }, executor10)).body).toEqual({
      data: { document: { title: input.title, correspondent: "Павленко С." } },
    });
  });
});

/** Documents down: assignments and answers that need it change nothing and say so. */
describe("references of appeals while documents is unreachable", () => {
  let city: LocalCity;
  beforeAll(async () => {
    const closed = await freePort();
    city = await startLocalCity({ subgraphEnv: { appeals: { DOCUMENTS_URL: `http://127.0.0.1:${closed}/graphql` } } });
  });
  afterAll(() => city?.stop());

  it("answers SERVICE_UNAVAILABLE and leaves the appeal as it was", async () => {
    const manager6 = await staffHeaders("9", "6", "manager");
    const before = await city.db.query(APPEAL_ROW, [5]);
    const unavailable = (path: string) => ({
      data: null,
      errors: [
        {
          message: "The documents service cannot be reached right now, so nothing was changed; try again in 5 seconds",
          path: [path],
          code: "SERVICE_UNAVAILABLE",
          field: undefined,
          service: "documents",
          retryAfterSeconds: 5,
        },
      ],
    });
    expect(
      outcome((await city.query(ASSIGN, { id: "5", departmentId: "6", executorId: "10" }, manager6)).body),
    ).toEqual(unavailable("assignAppeal"));
    const answer = { text: "Перехід облаштуємо до кінця місяця.", documentId: "5" };
    expect(outcome((await city.query(ANSWER, { id: "5", input: answer }, manager6)).body)).toEqual(
      unavailable("answerAppeal"),
    );
    expect(await city.db.query(APPEAL_ROW, [5])).toEqual(before);
    // An answer without a letter needs no documents.
    const plain = await city.query(ANSWER, { id: "5", input: { text: answer.text } }, manager6);
    expect(plain.body.data.answerAppeal.status).toBe("ANSWERED");
  });
});
