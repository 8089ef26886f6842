import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { execute, parse } from "graphql";
import pino from "pino";
import { createGateway } from "../../gateway";
import { loadGatewayConfig } from "../../gateway/config";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { buildFederatedSchema } from "../../subgraphs/common/federation";
import { closeServer, listen } from "../../subgraphs/common/http";
import { ANONYMOUS_VIEWER } from "../../subgraphs/common/viewer";
import { SUBGRAPHS } from "../../subgraphs/registry";
import { startCity, type City } from "../helpers/city";
import { staffHeaders } from "../helpers/tokens";

const requestId = expect.any(String);
const DECIMAL_RULE = 'Decimal must be a string like "1250000.00" (up to 16 digits, at most 2 after the point)';

/**
 * Issue item 8: every mistake of the caller is a 4xx with BAD_REQUEST or BAD_USER_INPUT and a
 * message naming what is wrong; a subgraph's own failure (its 401 to a badly signing gateway, a
 * 5xx, a proxy's page) is masked, logged with its detail, and never shows a subgraph's URL or body.
 */
describe("clear errors", () => {
  let city: City;
  const seen: string[] = [];
  const post = async (body: unknown, headers: Record<string, string> = {}, url = city.url) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en", ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    seen.push(text);
    return { status: response.status, body: JSON.parse(text) };
  };
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(async () => {
    // No answer of this file ever showed where a service listens.
    for (const text of seen) expect(text).not.toMatch(/127\.0\.0\.1:|localhost:/);
    await city?.stop();
  });

  describe("operations the gateway cannot run", () => {
    it.each([
      [
        "an unknown operationName",
        { query: "query A { departments { id } }", operationName: "X" },
        'Unknown operation named "X"; the document defines "A"',
      ],
      [
        "an operationName for a document of one anonymous operation",
        { query: "{ departments { id } }", operationName: "X" },
        'Unknown operation named "X"; the document defines an anonymous operation',
      ],
      [
        "two operations and no operationName",
        { query: "query A { departments { id } } query B { viewer { roles } }" },
        'The document defines 2 operations ("A", "B"); send operationName to choose one',
      ],
      [
        "a subscription",
        { query: "subscription { departments { id } }" },
        "Subscriptions are not served; send a query or a mutation",
      ],
    ])("refuses %s with 400 BAD_REQUEST", async (_what, body, message) => {
      expect(await post(body)).toEqual({
        status: 400,
        body: { errors: [{ message, extensions: { code: "BAD_REQUEST", requestId } }] },
      });
    });

    it("still runs the operation named in a document of several", async () => {
      const { status, body } = await post({
        query: "query A { departments { id } } query B { viewer { roles } }",
        operationName: "B",
      });
      expect({ status, body }).toEqual({ status: 200, body: { data: { viewer: { roles: [] } } } });
    });
  });

  describe("scalars refused at the edge, before any subgraph", () => {
    const TENDERS = (value: string) => `{ tenders(filter: { valueFrom: ${value} }, first: 1) { totalCount } }`;
    it.each([
      ["a Decimal literal that is no number", TENDERS('"abc"'), `${DECIMAL_RULE}, got "abc"`, 32],
      ["a Decimal literal with three decimals", TENDERS('"10.005"'), `${DECIMAL_RULE}, got "10.005"`, 32],
      ["a Decimal literal written as a number", TENDERS("12"), `${DECIMAL_RULE}, got 12`, 32],
      [
        "a DateTime literal",
        '{ publicDocuments(filter: { from: "yesterday" }, first: 1) { totalCount } }',
        "DateTime cannot represent an invalid date-time-string yesterday.",
        35,
      ],
    ])("refuses %s with 400 BAD_USER_INPUT at its place", async (_what, query, message, column) => {
      expect(await post({ query })).toEqual({
        status: 400,
        body: {
          errors: [{ message, locations: [{ line: 1, column }], extensions: { code: "BAD_USER_INPUT", requestId } }],
        },
      });
    });

    it("refuses a Date literal that is no calendar day, before checking who asks", async () => {
      const query =
        'mutation { extendAppealDeadline(id: "1", reason: "Потрібна перевірка", dueDate: "2026-02-30") { id } }';
      expect(await post({ query })).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: 'Date must be a calendar day written YYYY-MM-DD, got "2026-02-30"',
              locations: [{ line: 1, column: 81 }],
              extensions: { code: "BAD_USER_INPUT", requestId },
            },
          ],
        },
      });
    });

    it.each([
      [
        "Decimal",
        "query ($v: Decimal) { tenders(filter: { valueFrom: $v }, first: 1) { totalCount } }",
        "1e5",
        `${DECIMAL_RULE}, got "1e5"`,
      ],
      [
        "Date",
        'mutation ($v: Date!) { extendAppealDeadline(id: "1", reason: "Потрібна перевірка", dueDate: $v) { id } }',
        "30.02.2026",
        'Date must be a calendar day written YYYY-MM-DD, got "30.02.2026"',
      ],
    ])("refuses a %s variable with 400 BAD_USER_INPUT naming the variable", async (_type, query, v, rule) => {
      const { status, body } = await post({ query, variables: { v } });
      expect({ status, body }).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message: `Variable "$v" got invalid value "${v}"; ${rule}`,
              locations: [{ line: 1, column: query.startsWith("mutation") ? 11 : 8 }],
              extensions: { code: "BAD_USER_INPUT", requestId },
            },
          ],
        },
      });
    });
  });

  describe("input a subgraph refuses", () => {
    it.each([
      ["documents", '{ publicDocuments(first: 2, after: "@@@") { totalCount } }', "publicDocuments"],
      ["procurement", '{ tenders(first: 2, after: "WyJhIl0") { totalCount } }', "tenders"],
    ])("answers a bad cursor of %s with 400 BAD_USER_INPUT", async (serviceName, query, field) => {
      expect(await post({ query })).toEqual({
        status: 400,
        body: {
          data: { [field]: null },
          errors: [
            {
              message: "after must be an endCursor returned by this list",
              path: [field],
              extensions: {
                code: "BAD_USER_INPUT",
                field: "after",
                fields: [{ field: "after", message: "after must be an endCursor returned by this list" }],
                requestId,
                serviceName,
              },
            },
          ],
        },
      });
    });

    it("gives a subgraph's refusal in the caller's language, passed on by the gateway", async () => {
      const query = '{ publicDocuments(first: 2, after: "@@@") { totalCount } }';
      const message = (language: string) =>
        post({ query }, { "accept-language": language }).then((r) => [r.status, r.body.errors[0].message]);
      expect(await message("uk-UA,uk;q=0.9")).toEqual([
        400,
        "after має бути курсором endCursor, який повернув цей самий список",
      ]);
      expect(await message("en-US")).toEqual([400, "after must be an endCursor returned by this list"]);
    });

    it.each([
      ["department", "documents", "2147483648"],
      ["tender", "procurement", "99999999999"],
      ["staffMember", "documents", "-1"],
    ])(
      "answers an id out of PostgreSQL's integer range in %s with 400 BAD_USER_INPUT",
      async (field, serviceName, id) => {
        expect(await post({ query: `{ ${field}(id: "${id}") { id } }` })).toEqual({
          status: 400,
          body: {
            data: { [field]: null },
            errors: [
              {
                message: `id must be a positive integer id, got "${id}"`,
                path: [field],
                extensions: {
                  code: "BAD_USER_INPUT",
                  field: "id",
                  fields: [{ field: "id", message: `id must be a positive integer id, got "${id}"` }],
                  requestId,
                  serviceName,
                },
              },
            ],
          },
        });
      },
    );

    it("answers an out-of-range id inside a mutation's input with 400 BAD_USER_INPUT naming the field", async () => {
      const [{ id }] = await city.db.query<{ id: number }>(
        "UPDATE appeals.appeal SET department_id = 6, executor_id = 10, status = 'IN_PROGRESS' WHERE id = (SELECT min(id) FROM appeals.appeal) RETURNING id",
      );
      const row = () =>
        city.db.query("SELECT status, version, answer_document_id FROM appeals.appeal WHERE id = $1", [id]);
      const before = await row();
      const query = `mutation ($id: ID!) { answerAppeal(id: $id, input: { text: "Відповідь надано листом", documentId: "9999999999" }) { id } }`;
      expect(await post({ query, variables: { id: String(id) } }, await staffHeaders("10", "6", "executor"))).toEqual({
        status: 400,
        body: {
          data: null,
          errors: [
            {
              message: 'documentId must be a positive integer id, got "9999999999"',
              path: ["answerAppeal"],
              extensions: {
                code: "BAD_USER_INPUT",
                field: "documentId",
                fields: [
                  { field: "documentId", message: 'documentId must be a positive integer id, got "9999999999"' },
                ],
                requestId,
                serviceName: "appeals",
              },
            },
          ],
        },
      });
      expect(await row()).toEqual(before);
    });

    it("keeps 200 for a partial answer: the rest of the request still resolves", async () => {
      const { status, body } = await post({ query: '{ departments { code } department(id: "2147483648") { id } }' });
      expect([
        status,
        body.data.departments.length > 0,
        body.data.department,
        body.errors.map((e: any) => e.extensions.code),
      ]).toEqual([200, true, null, ["BAD_USER_INPUT"]]);
    });

    it("resolves an entity reference whose id cannot be a key to null, the others as usual", async () => {
      const def = SUBGRAPHS.documents;
      const db = city.subgraphs.documents.db;
      const result = await execute({
        schema: await buildFederatedSchema(def),
        document: parse("query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id } } }"),
        variableValues: { r: ["2147483648", "2", "x1", "1"].map((id) => ({ __typename: "Department", id })) },
        contextValue: {
          viewer: ANONYMOUS_VIEWER,
          requestId: "ref-1",
          db,
          log: pino({ level: "silent" }),
          loaders: def.createLoaders(db, { viewer: ANONYMOUS_VIEWER, requestId: "ref-1" }),
        },
      });
      expect(result).toEqual({ data: { _entities: [null, { id: "2" }, null, { id: "1" }] } });
    });
  });

  describe("a subgraph's own failure", () => {
    let fake: Server;
    let reply: { status: number; type: string; body: string };
    let gateway: { url: string; logs: string[]; stop(): Promise<void> };
    beforeAll(async () => {
      fake = createServer((req, res) => {
        req.resume();
        res.writeHead(reply.status, { "content-type": reply.type }).end(reply.body);
      });
      await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
      const logs: string[] = [];
      const log = pino(
        { level: "info" },
        new Writable({ write: (chunk, _enc, done) => void (logs.push(String(chunk)), done()) }),
      );
      const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, city.subgraphs[n].url]));
      const config = loadGatewayConfig({
        ...urls,
        BUDGET_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`,
        IDENTITY_SECRET: "a-secret-the-subgraphs-do-not-share-0123456789",
      });
      const app = await createGateway(config, log);
      const { server, port } = await listen(app.app, 0, "127.0.0.1", "gateway");
      gateway = {
        url: `http://127.0.0.1:${port}/graphql`,
        logs,
        stop: async () => (await closeServer(server), await app.stop()),
      };
    });
    afterAll(async () => {
      await gateway?.stop();
      await new Promise((resolve) => fake?.close(resolve));
    });
    const masked = (data: unknown) => ({
      status: 200,
      body: {
        data,
        errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
      },
    });

    it("masks a subgraph's 401 to a gateway whose signature it refuses, and logs the detail", async () => {
      expect(
        await post({ query: "{ departments { id } }" }, { "x-request-id": "refused-signature" }, gateway.url),
      ).toEqual(masked({ departments: null }));
      const line = gateway.logs
        .map((l) => JSON.parse(l))
        .find((l) => l.requestId === "refused-signature" && l.msg === "internal error");
      expect(line.err.message).toMatch(
        /^Subgraph at http:\/\/127\.0\.0\.1:\d+\/graphql answered HTTP 401 Unauthorized: \{"errors":\[\{"message":"Invalid identity signature/,
      );
    });

    it.each([
      [
        "a 400 that is not about the caller's input",
        400,
        "application/json",
        '{"errors":[{"message":"Cannot query field \\"x\\" on http://10.0.0.7:4004","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}',
      ],
      [
        "a 403",
        403,
        "application/json",
        '{"errors":[{"message":"forbidden by http://10.0.0.7:4004","extensions":{"code":"FORBIDDEN"}}]}',
      ],
    ])("masks %s, with no URL or body in the answer", async (_what, status, type, body) => {
      reply = { status, type, body };
      const answer = await post({ query: "{ budget(year: 2026) { year } }" }, {}, gateway.url);
      expect(answer).toEqual(masked({ budget: null }));
      expect(JSON.stringify(answer)).not.toContain("10.0.0.7");
    });

    it.each([
      [502, "text/html", "<html>upstream http://10.0.0.7:4004 is down</html>"],
      [503, "text/plain", "service unavailable at 10.0.0.7"],
      [504, "text/html", "<html>gateway timeout from 10.0.0.7</html>"],
    ])(
      "answers a proxy's %i as the subgraph down: SERVICE_UNAVAILABLE on its fields, no URL or body",
      async (status, type, body) => {
        reply = { status, type, body };
        const answer = await post({ query: "{ budget(year: 2026) { year } }" }, {}, gateway.url);
        expect(answer).toEqual({
          status: 200,
          body: {
            data: { budget: null },
            errors: [
              {
                message:
                  "The budget service cannot be reached right now, so this part of the answer is missing; try again in 5 seconds",
                path: ["budget"],
                extensions: {
                  code: "SERVICE_UNAVAILABLE",
                  service: "budget",
                  serviceName: "budget",
                  retryAfterSeconds: 5,
                  requestId,
                },
              },
            ],
          },
        });
        expect(JSON.stringify(answer)).not.toContain("10.0.0.7");
      },
    );

    it("passes a subgraph's refusal of the caller's input on with its message", async () => {
      reply = {
        status: 400,
        type: "application/json",
        body: '{"errors":[{"message":"year must be between 2000 and 2100","extensions":{"code":"BAD_USER_INPUT","field":"year"}}]}',
      };
      expect(await post({ query: "{ budget(year: 2026) { year } }" }, {}, gateway.url)).toEqual({
        status: 400,
        body: {
          data: { budget: null },
          errors: [
            {
              message: "year must be between 2000 and 2100",
              extensions: { code: "BAD_USER_INPUT", field: "year", requestId },
            },
          ],
        },
      });
    });
  });
});
