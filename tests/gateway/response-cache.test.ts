import { randomUUID } from "node:crypto";
import { postGraphQL, startCity, startGateway, type City, type GraphQLResponse } from "../helpers/city";
import { staffHeaders } from "../helpers/tokens";

/** A public tender with its department's name, which the gateway fetches from documents (an entity). */
const TENDER = '{ tender(id: "1") { title procuringEntity { name } } }';
/** Demo document 10 is RESTRICTED: staff of department 7 read its title, anyone else sees only its stamp. */
const RESTRICTED = '{ document(id: "10") { registrationNumber title } }';

const sqlCount = (city: City) => Object.values(city.sql).reduce((n, statements) => n + statements.length, 0);
const served = (answer: GraphQLResponse) => ({
  body: answer.body,
  cacheControl: answer.headers.get("cache-control"),
  fromCache: answer.headers.has("age"),
});

/**
 * Whole answers to anonymous public queries are served from the gateway's response cache for as
 * long as the subgraphs' hints allow (capped by PUBLIC_CACHE_MAX_AGE_SECONDS); nothing personal,
 * role-dependent or given to a caller with a token is ever kept or served from it.
 */
describe("the response cache", () => {
  let city: City;
  let staff7: Record<string, string>;
  beforeAll(async () => {
    city = await startCity({ env: { PUBLIC_CACHE_MAX_AGE_SECONDS: "2" } });
    staff7 = await staffHeaders("12", "7", "analyst");
  });
  afterAll(() => city?.stop());

  it("answers a repeated anonymous public query without asking a subgraph, across subgraphs", async () => {
    const first = await city.query(TENDER);
    city.resetSql();
    const again = await city.query(TENDER);
    const expected = {
      data: { tender: { title: first.body.data.tender.title, procuringEntity: { name: expect.any(String) } } },
    };
    expect(served(first)).toEqual({ body: expected, cacheControl: "public, max-age=2", fromCache: false });
    expect(served(again)).toEqual({ body: first.body, cacheControl: "public, max-age=2", fromCache: true });
    expect(sqlCount(city)).toBe(0);
  });

  it("shows a change once the answer's max-age has passed", async () => {
    const query = '{ tender(id: "2") { title } }';
    const before = (await city.query(query)).body;
    const title = `Закупівля ${randomUUID()}`;
    await city.db.query("UPDATE procurement.tender SET title = $1 WHERE id = 2", [title]);
    expect((await city.query(query)).body).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(served(await city.query(query))).toEqual({
      body: { data: { tender: { title } } },
      cacheControl: "public, max-age=2",
      fromCache: false,
    });
  });

  it("never hands a staff answer to an anonymous caller, nor the anonymous one to staff", async () => {
    const staffFirst = await city.query(RESTRICTED, undefined, staff7);
    const anonymous = await city.query(RESTRICTED);
    const staffAgain = await city.query(RESTRICTED, undefined, staff7);
    expect(staffFirst.body.data.document.title).toEqual(expect.any(String));
    expect(served(anonymous)).toEqual({
      body: {
        data: { document: { registrationNumber: staffFirst.body.data.document.registrationNumber, title: null } },
      },
      cacheControl: "public, max-age=2",
      fromCache: false,
    });
    expect(served(staffAgain)).toEqual({ body: staffFirst.body, cacheControl: "private, no-store", fromCache: false });
    expect((await city.query(RESTRICTED)).headers.has("age")).toBe(true);
  });

  it("keeps no answer that reaches a personal or role-dependent field", async () => {
    for (const query of [
      '{ trackAppeal(trackingCode: "NO-SUCH-CODE") { status } }',
      '{ tender(id: "1") { title } trackAppeal(trackingCode: "NO-SUCH-CODE") { status } }',
      '{ department(id: "6") { name appealStats { total } } }',
    ]) {
      const answers = [await city.query(query), await city.query(query)];
      expect(answers.map((a) => [a.headers.get("cache-control"), a.headers.has("age")])).toEqual([
        ["no-store", false],
        ["no-store", false],
      ]);
    }
  });

  const withRedis = process.env.REDIS_URL ? it : it.skip;
  withRedis("shares cached answers between gateway replicas through Redis", async () => {
    const env = { PUBLIC_CACHE_MAX_AGE_SECONDS: "2", REDIS_URL: process.env.REDIS_URL! };
    const replicas = await Promise.all([0, 1].map(() => startGateway(city, env)));
    try {
      const query = `{ tenders(first: 1, filter: { search: "${randomUUID()}" }) { totalCount } }`;
      const first = await postGraphQL(replicas[0].url, query);
      city.resetSql();
      const second = await postGraphQL(replicas[1].url, query);
      expect([served(first), served(second)]).toEqual([
        { body: { data: { tenders: { totalCount: 0 } } }, cacheControl: "public, max-age=2", fromCache: false },
        { body: { data: { tenders: { totalCount: 0 } } }, cacheControl: "public, max-age=2", fromCache: true },
      ]);
      expect(sqlCount(city)).toBe(0);
    } finally {
      for (const r of replicas) await r.stop();
    }
  });
});
