import { readFileSync } from "node:fs";
import path from "node:path";
import { documentId, persistedManifest, type PersistedManifest } from "../../schema/persisted-manifest";
import { startCity, startGateway, testHeaders, type City } from "../helpers/city";
import { staffHeaders } from "../helpers/tokens";

const manifest = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../schema/persisted-documents.json"), "utf8"),
) as PersistedManifest;
const operation = (name: string) => manifest.operations.find((op) => op.name === name)!;

/** A request as a client that persists its documents sends it: by id, or with the text as well. */
async function send(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: testHeaders(headers), body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}
const byId = (id: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: id } },
});
const codes = (body: { errors?: any[] }) => body.errors?.map((e) => e.extensions.code);

/**
 * The client contract as persisted documents: `npm run persisted:manifest` writes every operation
 * of schema/operations with its id; clients may send the id instead of the text, and with
 * ANONYMOUS_DOCUMENTS=persisted anonymous callers may send nothing else.
 */
describe("persisted documents", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  it("lists every contract operation with the SHA-256 of its text as its id", () => {
    expect(persistedManifest(path.resolve(__dirname, "../../schema/operations"))).toEqual(manifest);
    for (const op of manifest.operations) expect(op.id).toBe(documentId(op.body));
    expect(operation("TenderDetail").type).toBe("query");
    expect(operation("SubmitAppeal").type).toBe("mutation");
  });

  it("runs an operation sent by id as if its text had been sent", async () => {
    const { id, body: text } = operation("TenderDetail");
    const variables = { id: "1" };
    const [asId, asText] = [
      await send(city.url, byId(id, variables)),
      await send(city.url, { query: text, variables }),
    ];
    expect(asId).toEqual(asText);
    expect([asId.status, asId.body.errors, asId.body.data.tender.id]).toEqual([200, undefined, "1"]);
  });

  it("answers an unknown id with PERSISTED_QUERY_NOT_FOUND and never registers a document", async () => {
    const query = '{ departmentByCode(code: "12") { id } }';
    const unknown = await send(city.url, byId(documentId(query)));
    expect([unknown.status, codes(unknown.body)]).toEqual([200, ["PERSISTED_QUERY_NOT_FOUND"]]);
    const registering = await send(city.url, { query, ...byId(documentId(query)) });
    expect(registering.body).toEqual({ data: { departmentByCode: { id: "6" } } });
    expect(codes((await send(city.url, byId(documentId(query)))).body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("lets anonymous callers run only persisted documents when ANONYMOUS_DOCUMENTS=persisted", async () => {
    const gateway = await startGateway(city, { ANONYMOUS_DOCUMENTS: "persisted" });
    try {
      const { id, body: text } = operation("TenderDetail");
      const variables = { id: "1" };
      const other = { query: '{ departmentByCode(code: "12") { id name } }' };
      const refused = await send(gateway.url, other);
      expect([refused.status, refused.body]).toEqual([
        400,
        {
          errors: [
            {
              message: expect.stringContaining("Anonymous callers may run only the city's published operations"),
              extensions: { code: "PERSISTED_DOCUMENT_REQUIRED", requestId: expect.any(String) },
            },
          ],
        },
      ]);
      expect((await send(gateway.url, byId(id, variables))).body.data.tender.id).toBe("1");
      expect((await send(gateway.url, { query: text, variables })).body.data.tender.id).toBe("1");
      const staff = await send(gateway.url, other, await staffHeaders("12", "7", "analyst"));
      expect(staff.body.data.departmentByCode.id).toBe("6");
    } finally {
      await gateway.stop();
    }
  });
});
