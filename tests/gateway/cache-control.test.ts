import { loadGatewayConfig } from "../../gateway/config";
import { startCity, type City, type GraphQLResponse } from "../helpers/city";
import { staffHeaders } from "../helpers/tokens";

const PUBLIC = '{ departmentByCode(code: "12") { id } }';

const caching = (answer: GraphQLResponse) => ({
  cacheControl: answer.headers.get("cache-control"),
  vary: answer.headers.get("vary"),
});

/**
 * Browsers and proxies may keep an anonymous answer about public records for
 * PUBLIC_CACHE_MAX_AGE_SECONDS; an answer to a caller with a token, a personal or role-dependent
 * field, a failure or a mutation is never kept.
 */
describe("Cache-Control on GraphQL answers", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity({ env: { PUBLIC_CACHE_MAX_AGE_SECONDS: "30" } });
  });
  afterAll(() => city?.stop());

  it("lets any cache keep an anonymous answer about public records for the configured time", async () => {
    const answer = await city.query(PUBLIC);
    expect([answer.body, caching(answer)]).toEqual([
      { data: { departmentByCode: { id: "6" } } },
      { cacheControl: "public, max-age=30", vary: "Origin, Authorization" },
    ]);
  });

  it("never lets a cache keep the answer to a caller with a token, even for public records", async () => {
    const answer = await city.query(PUBLIC, undefined, await staffHeaders("12", "7", "analyst"));
    expect([answer.body, caching(answer)]).toEqual([
      { data: { departmentByCode: { id: "6" } } },
      { cacheControl: "private, no-store", vary: "Origin, Authorization" },
    ]);
    const badToken = await city.query(PUBLIC, undefined, { authorization: "Bearer not-a-token" });
    expect([badToken.status, caching(badToken).cacheControl]).toEqual([401, "private, no-store"]);
  });

  it("keeps no personal or role-dependent answer, nor one that mixes them with public records", async () => {
    for (const query of [
      '{ trackAppeal(trackingCode: "NO-SUCH-CODE") { status } }',
      "{ viewer { __typename } }",
      `{ departmentByCode(code: "12") { id } trackAppeal(trackingCode: "NO-SUCH-CODE") { status } }`,
    ]) {
      const answer = await city.query(query);
      expect({ query, errors: answer.body.errors, ...caching(answer) }).toEqual({
        query,
        errors: undefined,
        cacheControl: "no-store",
        vary: "Origin, Authorization",
      });
    }
  });

  it("keeps no failed answer", async () => {
    const answer = await city.query("{ departmentByCode(code: 12) { id } }");
    expect([answer.body.errors?.length, caching(answer).cacheControl]).toEqual([1, "no-store"]);
  });

  it("reads the time from PUBLIC_CACHE_MAX_AGE_SECONDS, a minute at most", () => {
    expect(loadGatewayConfig({}).publicCacheMaxAgeSeconds).toBe(60);
    expect(loadGatewayConfig({ PUBLIC_CACHE_MAX_AGE_SECONDS: "0" }).publicCacheMaxAgeSeconds).toBe(0);
    expect(() => loadGatewayConfig({ PUBLIC_CACHE_MAX_AGE_SECONDS: "3600" })).toThrow(
      "PUBLIC_CACHE_MAX_AGE_SECONDS must be at most 60, got 3600",
    );
    expect(() => loadGatewayConfig({ PUBLIC_CACHE_MAX_AGE_SECONDS: "-1" })).toThrow(
      "PUBLIC_CACHE_MAX_AGE_SECONDS must be 0 or more, got -1",
    );
  });
});
