import { startLocalCity, type LocalCity } from "../../helpers/local-city";
import { contractOperation } from "../../helpers/contract";
import { bearer, signToken } from "../../helpers/tokens";

const REGISTER = contractOperation("staff", "RegisterDocument");
const TRAIL = `query ($entity: String, $id: ID) { auditTrail(entity: $entity, entityId: $id, first: 20) { totalCount edges { node { actorSub actorRoles requestId action entity entityId details } } } }`;

/** Every change and every read of a restricted document leaves an entry nobody can rewrite. */
describe("audit trail", () => {
  let city: LocalCity;
  let admin: Record<string, string>;
  let analyst7: Record<string, string>;
  beforeAll(async () => {
    city = await startLocalCity();
    admin = bearer(await signToken({ roles: ["admin", "manager"], departmentId: "1" }, { sub: "1" }));
    analyst7 = bearer(await signToken({ roles: ["analyst"], departmentId: "7" }, { sub: "12" }));
  });
  afterAll(() => city?.stop());

  const trail = async (entity: string, id: string) =>
    (await city.query(TRAIL, { entity, id }, admin)).body.data.auditTrail;

  it("records a registration with who, which request and what", async () => {
    const input = {
      kind: "ORDER",
      title: "Про призначення відповідальних",
      departmentId: "1",
      accessLevel: "PUBLIC",
      fileIndex: "02-3",
    };
    const { body } = await city.query(REGISTER, { input }, { ...admin, "x-request-id": "audit-register-1" });
    const doc = body.data.registerDocument;
    expect(await trail("Document", doc.id)).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            actorSub: "1",
            actorRoles: ["admin", "manager"],
            requestId: "audit-register-1",
            action: "REGISTER",
            entity: "Document",
            entityId: doc.id,
            details: { kind: "ORDER", registrationNumber: doc.registrationNumber, accessLevel: "PUBLIC" },
          },
        },
      ],
    });
  });

  it("records each read of a restricted document once per request, and no read of its stamp", async () => {
    // The demo seed registered the note through the registration service, which audits it.
    const registered = {
      node: {
        actorSub: null,
        actorRoles: ["admin"],
        requestId: "demo-seed",
        action: "REGISTER",
        entity: "Document",
        entityId: "10",
        details: { kind: "INTERNAL", registrationNumber: "1/37-1", accessLevel: "RESTRICTED" },
      },
    };
    await city.query(`{ document(id: "10") { registrationNumber title } }`);
    expect(await trail("Document", "10")).toEqual({ totalCount: 1, edges: [registered] });
    const read = `{ document(id: "10") { title summary } documents(filter: { search: "перерозподіл" }, first: 5) { edges { node { title } } } }`;
    await city.query(read, undefined, { ...analyst7, "x-request-id": "audit-read-1" });
    expect(await trail("Document", "10")).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            actorSub: "12",
            actorRoles: ["analyst"],
            requestId: "audit-read-1",
            action: "READ_RESTRICTED",
            entity: "Document",
            entityId: "10",
            details: null,
          },
        },
        registered,
      ],
    });
  });

  it("is for admins only", async () => {
    const { body } = await city.query(TRAIL, { entity: "Document", id: "10" }, analyst7);
    expect(body.errors?.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ["FORBIDDEN", "The audit trail is for admins"],
    ]);
  });

  it.each([
    "UPDATE documents.audit_event SET action = 'NOTHING'",
    "DELETE FROM documents.audit_event",
    "TRUNCATE documents.audit_event",
  ])("refuses %s", async (sql) => {
    const [{ n: before }] = await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents.audit_event");
    await expect(city.db.query(sql)).rejects.toThrow(
      /documents\.audit_event is append-only: (UPDATE|DELETE|TRUNCATE) refused/,
    );
    const [{ n }] = await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents.audit_event");
    expect(n).toBe(before);
  });
});
