import { DEMO_ANSWER_LETTERS as APPEALS_LETTERS, DEMO_APPEALS } from "../../../subgraphs/appeals/seed-appeals";
import { DEMO_ANSWER_LETTERS, DEMO_DOCUMENTS } from "../../../subgraphs/documents/seed-documents";
import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { bearer, signToken, staffHeaders } from "../../helpers/tokens";

const SEARCH = contractOperation("portal", "PublicDocumentSearch");

/**
 * An answer letter names the applicant: whatever its access level, only the appeal's handlers
 * (its executor, clerks and managers of its department) and admins read it, on every path.
 */
describe("answer letters to appeals", () => {
  let city: LocalCity;
  let h: Record<
    | "executor10"
    | "manager6"
    | "clerk6"
    | "otherExecutor6"
    | "admin"
    | "analyst7"
    | "clerk2"
    | "manager3"
    | "citizen"
    | "anonymous",
    Record<string, string>
  >;
  beforeAll(async () => {
    city = await startLocalCity();
    h = {
      executor10: await staffHeaders("10", "6", "executor"),
      manager6: await staffHeaders("9", "6", "manager"),
      clerk6: await staffHeaders("30", "6", "clerk"),
      otherExecutor6: await staffHeaders("31", "6", "executor"),
      admin: await staffHeaders("1", "1", "manager", "admin"),
      analyst7: await staffHeaders("12", "7", "analyst"),
      clerk2: await staffHeaders("3", "2", "clerk", "executor"),
      manager3: await staffHeaders("4", "3", "manager"),
      citizen: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-demo" })),
      anonymous: {},
    };
  });
  afterAll(() => city?.stop());

  const DOC = `query ($id: ID!) { document(id: $id) { id registrationNumber title correspondent } }`;
  const read = async (id: string, who: keyof typeof h) => (await city.query(DOC, { id }, h[who])).body;
  const content = (id: string, registrationNumber: string, title: string, correspondent: string) => ({
    data: { document: { id, registrationNumber, title, correspondent } },
  });
  const stamp = (id: string, registrationNumber: string) => ({
    data: { document: { id, registrationNumber, title: null, correspondent: null } },
  });

  it("the demo city's letters answer the demo appeals, handled by whom the appeals seed says", async () => {
    expect(DEMO_ANSWER_LETTERS.map(([doc, appeal]) => [appeal - 1, doc])).toEqual(
      Object.entries(APPEALS_LETTERS).map(([i, doc]) => [Number(i), doc]),
    );
    for (const [doc, appeal, department, executor] of DEMO_ANSWER_LETTERS) {
      const { departmentId, executorId } = DEMO_APPEALS[appeal - 1];
      expect({ doc, department, executor }).toEqual({ doc, department: departmentId, executor: executorId });
    }
    const rows = await city.db.query<any>(
      `SELECT d.id AS doc, a.id AS appeal, a.department_id AS department, a.executor_id AS executor, a.answer_document_id AS answer
         FROM documents.document d JOIN appeals.appeal a ON a.id = d.answer_appeal_id ORDER BY d.id`,
    );
    expect(rows).toEqual(
      DEMO_ANSWER_LETTERS.map(([doc, appeal, department, executor]) => ({
        doc,
        appeal,
        department,
        executor,
        answer: doc,
      })),
    );
  });

  it("shows a letter to the appeal's executor, its department's clerks and managers, and admins only", async () => {
    const [, , , title, , correspondent] = DEMO_DOCUMENTS[3];
    for (const who of ["executor10", "manager6", "clerk6", "admin"] as const)
      expect([who, await read("4", who)]).toEqual([who, content("4", "1/12-4", title, correspondent!)]);
    for (const who of ["otherExecutor6", "analyst7", "clerk2", "manager3", "citizen", "anonymous"] as const)
      expect([who, await read("4", who)]).toEqual([who, stamp("4", "1/12-4")]);
    // The appeals office answered appeal 11 itself: its letter is the office's, not housing's.
    expect(await read("9", "clerk2")).toEqual(
      content("9", "6/02-05", "Відповідь на звернення щодо графіка прийому", "Степаненко Р."),
    );
    expect(await read("9", "manager6")).toEqual(stamp("9", "6/02-05"));
  });

  it("lists a letter only for its handlers, in staff search and never in public search", async () => {
    const list = `query ($f: DocumentFilter) { documents(filter: $f, first: 50) { totalCount edges { node { id } } } }`;
    const ids = async (who: keyof typeof h, f: Record<string, unknown>) => {
      const { body } = await city.query(list, { f }, h[who]);
      return body.data.documents.edges.map((e: any) => e.node.id);
    };
    expect(await ids("executor10", { kind: "OUTGOING" })).toEqual(["5", "6", "4"]); // newest first: registered 30, 37 and 48 days ago
    expect(await ids("manager3", { kind: "OUTGOING" })).toEqual(["7"]);
    expect(await ids("analyst7", { kind: "OUTGOING" })).toEqual([]);
    expect(await ids("admin", { kind: "OUTGOING" })).toHaveLength(6);
    expect(await ids("analyst7", { search: "відповідь на звернення" })).toEqual([]);
    expect(await ids("manager6", { search: "покрівлі" })).toEqual(["4"]);
    expect(await ids("clerk2", { search: "1/12-4" })).toEqual([]);
    for (const search of ["відповідь на звернення", "Гончаренко", "1/12-4"]) {
      expect((await city.query(SEARCH, { search, first: 10 })).body.data.publicDocuments.totalCount).toBe(0);
    }
  });

  it("hides the letter behind an appeal's answer, a resolution and an entity reference alike", async () => {
    const [{ code }] = await city.db.query<{ code: string }>(
      "SELECT tracking_code AS code FROM appeals.appeal WHERE id = 1",
    );
    const tracked = await city.query(
      `query ($c: String!) { trackAppeal(trackingCode: $c) { answer { document { id title correspondent } } } }`,
      { c: code },
    );
    expect(tracked.body).toEqual({
      data: { trackAppeal: { answer: { document: { id: "4", title: null, correspondent: null } } } },
    });
    // The mayor (an admin) asks the finance analyst to check a letter's figures: the analyst is no handler.
    const add = `mutation ($input: ResolutionInput!) { addResolution(documentId: "5", input: $input) { id document { id title } } }`;
    const input = {
      text: "Перевірити розрахунки у відповіді",
      executorIds: ["12"],
      dueDate: "2099-01-05",
      onControl: false,
    };
    const added = await city.query(add, { input }, h.admin);
    expect(added.body).toEqual({
      data: {
        addResolution: {
          id: expect.any(String),
          document: { id: "5", title: "Відповідь на звернення щодо заміни ліфта" },
        },
      },
    });
    const mine = await city.query(
      `{ myAssignments(first: 10) { edges { node { id document { id title correspondent } } } } }`,
      undefined,
      h.analyst7,
    );
    expect(mine.body.data.myAssignments.edges.map((e: any) => e.node)).toContainEqual({
      id: added.body.data.addResolution.id,
      document: { id: "5", title: null, correspondent: null },
    });
  });

  it("records each read of a letter's content in the audit trail, once per request", async () => {
    await city.query(`{ a: document(id: "5") { title correspondent } b: document(id: "5") { title } }`, undefined, {
      ...h.manager6,
      "x-request-id": "letter-read-1",
    });
    await city.query(`{ document(id: "5") { title } }`, undefined, { ...h.analyst7, "x-request-id": "letter-read-2" });
    const rows = await city.db.query<any>(
      "SELECT actor_sub, request_id, action, entity, entity_id FROM documents.audit_event WHERE request_id IN ('letter-read-1', 'letter-read-2') ORDER BY id",
    );
    expect(rows).toEqual([
      { actor_sub: "9", request_id: "letter-read-1", action: "READ_RESTRICTED", entity: "Document", entity_id: "5" },
    ]);
  });

  it("keeps linkAnswerLetter out of the public graph: only a subgraph may call it", async () => {
    const before = await city.db.query(
      "SELECT answer_appeal_id, answer_department_id, answer_executor_id FROM documents.document WHERE id = 11",
    );
    const { body } = await city.query(
      `mutation { linkAnswerLetter(documentId: "11", appealId: "4", departmentId: "7") { id } }`,
      undefined,
      h.admin,
    );
    expect(body.errors?.map((e: any) => e.extensions.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(body.data).toBeUndefined();
    expect(
      await city.db.query(
        "SELECT answer_appeal_id, answer_department_id, answer_executor_id FROM documents.document WHERE id = 11",
      ),
    ).toEqual(before);
  });
});
