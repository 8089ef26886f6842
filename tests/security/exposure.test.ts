import { bodyHash, signEnvelope } from "../../subgraphs/common/envelope";
import { ANONYMOUS, type Identity } from "../../subgraphs/common/identity";
import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";
import { startCity, startGateway, type City } from "../helpers/city";
import { bearer, signToken, staffHeaders } from "../helpers/tokens";

const PRODUCTION = { NODE_ENV: "production", IDENTITY_SECRET: "s3cret".repeat(8), JWT_SECRET: "jwt-s3cret".repeat(4) };
const fromDocuments = (code: string, path: (string | number)[], message: string) => ({
  message,
  path,
  extensions: { code, requestId: expect.any(String), serviceName: "documents" },
});
const SIGN_IN = "Sign in to see the roles of staff";
const STAFF_ONLY = "The roles of staff are visible to staff only";

/** What anyone may learn without being staff: who is an admin is not part of it. */
describe("staff roles", () => {
  let city: City;
  let callers: Record<"anonymous" | "citizen" | "noRoles" | "executor", Record<string, string>>;
  beforeAll(async () => {
    city = await startCity();
    callers = {
      anonymous: {},
      citizen: bearer(await signToken({ roles: ["citizen"] }, { sub: "citizen-demo" })),
      noRoles: bearer(await signToken({ roles: [] }, { sub: "someone" })),
      executor: await staffHeaders("10", "6", "executor"),
    };
  });
  afterAll(() => city?.stop());

  const HEAD_AND_STAFF = `{ department(id: "6") { head { fullName roles } staff { fullName roles } } }`;
  const refused = (code: string, message: string) => ({
    data: {
      department: {
        head: { fullName: "Петро Савченко", roles: null },
        staff: [
          { fullName: "Петро Савченко", roles: null },
          { fullName: "Тарас Лисенко", roles: null },
        ],
      },
    },
    errors: [
      fromDocuments(code, ["department", "head", "roles"], message),
      fromDocuments(code, ["department", "staff", 0, "roles"], message),
      fromDocuments(code, ["department", "staff", 1, "roles"], message),
    ],
  });

  it.each([
    ["anonymous", "UNAUTHENTICATED", SIGN_IN],
    ["citizen", "FORBIDDEN", STAFF_ONLY],
    ["noRoles", "FORBIDDEN", STAFF_ONLY],
  ] as const)(
    "are null for %s callers on department heads and staff lists, with the reason",
    async (caller, code, message) => {
      const { body } = await city.query(HEAD_AND_STAFF, undefined, callers[caller]);
      // GraphQL leaves the order of errors open (head and staff resolve concurrently): compare them by path.
      const byPath = [...(body.errors ?? [])].sort((a: any, b: any) =>
        a.path.join(".").localeCompare(b.path.join(".")),
      );
      expect({ ...body, errors: byPath }).toEqual(refused(code, message));
    },
  );

  it("are hidden in every department's staff list and on staffMember", async () => {
    const { body } = await city.query(`{ departments { staff { roles } } staffMember(id: "1") { fullName roles } }`);
    expect(body.data.departments.flatMap((d: any) => d.staff.map((s: any) => s.roles))).toEqual(
      expect.arrayContaining([null]),
    );
    expect(new Set(body.data.departments.flatMap((d: any) => d.staff.map((s: any) => s.roles)))).toEqual(
      new Set([null]),
    );
    expect(body.data.staffMember).toEqual({ fullName: "Олена Петренко", roles: null });
    expect(new Set(body.errors?.map((e: any) => `${e.extensions.code}: ${e.message}`))).toEqual(
      new Set([`UNAUTHENTICATED: ${SIGN_IN}`]),
    );
  });

  it("are shown to staff", async () => {
    expect((await city.query(HEAD_AND_STAFF, undefined, callers.executor)).body).toEqual({
      data: {
        department: {
          head: { fullName: "Петро Савченко", roles: ["MANAGER"] },
          staff: [
            { fullName: "Петро Савченко", roles: ["MANAGER"] },
            { fullName: "Тарас Лисенко", roles: ["EXECUTOR"] },
          ],
        },
      },
    });
  });

  /** `_entities` as the gateway sends it when another subgraph's entity points at a Staff. */
  const entities = async (identity: Identity) => {
    const body = JSON.stringify({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Staff { fullName roles } } }`,
      variables: { r: [{ __typename: "Staff", id: "1" }] },
    });
    const headers = signEnvelope(identity, "exposure-entities", DEV_IDENTITY_SECRET, {
      method: "POST",
      target: "documents",
      path: "/graphql",
      bodySha256: bodyHash(body),
    });
    const response = await fetch(city.subgraphs.documents.url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "accept-language": "en" },
      body,
    });
    return response.json();
  };

  it("are refused on entity references too", async () => {
    const error = (code: string, message: string) => ({
      message,
      locations: [{ line: 1, column: 80 }],
      path: ["_entities", 0, "roles"],
      extensions: { code, requestId: "exposure-entities" },
    });
    expect(await entities(ANONYMOUS)).toEqual({
      data: { _entities: [{ fullName: "Олена Петренко", roles: null }] },
      errors: [error("UNAUTHENTICATED", SIGN_IN)],
    });
    expect(await entities({ sub: "citizen-demo", roles: ["citizen"], departmentId: null })).toEqual({
      data: { _entities: [{ fullName: "Олена Петренко", roles: null }] },
      errors: [error("FORBIDDEN", STAFF_ONLY)],
    });
    expect(await entities({ sub: "10", roles: ["executor"], departmentId: "6" })).toEqual({
      data: { _entities: [{ fullName: "Олена Петренко", roles: ["MANAGER", "ADMIN"] }] },
    });
  });

  describe("GraphiQL", () => {
    const page = async (base: string) => {
      const html = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
      const text = await html.text();
      const script = await fetch(`${base}/graphiql/graphiql.js`);
      await script.arrayBuffer();
      return { page: html.status === 200 && text.includes('id="graphiql"'), script: script.status };
    };
    const withGateway = async (env: Record<string, string>, run: (base: string) => Promise<void>) => {
      const gateway = await startGateway(city, env, { identitySecret: DEV_IDENTITY_SECRET });
      try {
        await run(gateway.url.replace(/\/graphql$/, ""));
      } finally {
        await gateway.stop();
      }
    };

    it("is served in development", async () => expect(await page(city.base)).toEqual({ page: true, script: 200 }));
    it("is not served in production", () =>
      withGateway(PRODUCTION, async (base) => expect(await page(base)).toEqual({ page: false, script: 404 })));
    it("is served in production with GRAPHIQL=true", () =>
      withGateway({ ...PRODUCTION, GRAPHIQL: "true" }, async (base) =>
        expect(await page(base)).toEqual({ page: true, script: 200 }),
      ));
    it("can be switched off in development with GRAPHIQL=false", () =>
      withGateway({ GRAPHIQL: "false" }, async (base) =>
        expect(await page(base)).toEqual({ page: false, script: 404 }),
      ));
  });
});
