import { randomUUID } from "node:crypto";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { bearer, signToken } from "../helpers/tokens";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const input = () => ({
  idempotencyKey: randomUUID(),
  type: "PROPOSAL",
  category: "roads",
  subject: "Лавки у сквері",
  text: "Прошу встановити лавки у сквері біля школи.",
  applicant: { fullName: "Ганна Мельничук", address: "м. Житомир, вул. Шкільна, 3", email: "hanna@example.com" },
});

/** Limits at the edge: each refusal names the limit, and nothing reaches a subgraph. */
describe("gateway limits", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity({ env: { RATE_LIMIT_POINTS: "2", RATE_LIMIT_WINDOW_SECONDS: "600" } });
  });
  afterAll(() => city?.stop());

  const refusal = async (query: string, variables?: Record<string, unknown>) => {
    const { status, body } = await city.query(query, variables);
    return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data };
  };

  it.each([
    [
      "depth",
      `{ department(id: "2") { ${"parent { ".repeat(12)}id${" }".repeat(12)} } }`,
      "GRAPHQL_VALIDATION_FAILED",
      /Query depth limit of 12 exceeded, found 14/,
    ],
    [
      "aliases",
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: appealCategories { code }`).join(" ")} }`,
      "GRAPHQL_VALIDATION_FAILED",
      /Aliases limit of 15 exceeded, found 16/,
    ],
    [
      "root fields",
      `{ ${Array.from({ length: 11 }, (_, i) => `r${i}: appealCategories { code }`).join(" ")} }`,
      "QUERY_LIMIT",
      /^Root field limit of 10 exceeded, found 11$/,
    ],
    ["tokens", `{ appealCategories { ${"code ".repeat(3100)}} }`, "GRAPHQL_PARSE_FAILED", /3000 tokens/],
    [
      "cost",
      `{ budget(year: 2025) { lines(first: 100) { edges { node { tenders(first: 100) { edges { node { id title status } } } } } } } }`,
      "QUERY_LIMIT",
      /^Query cost limit of 20000 exceeded, estimated \d+/,
    ],
  ])("refuses a query over the %s limit", async (_limit, query, code, message) => {
    const before = city.sql.budget.length + city.sql.appeals.length;
    const r = await refusal(query);
    expect([r.status, r.code]).toEqual([400, code]);
    expect(r.message).toMatch(message);
    expect(city.sql.budget.length + city.sql.appeals.length).toBe(before);
  });

  it("refuses an oversized body and a batch of operations", async () => {
    const big = await fetch(city.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en" },
      body: JSON.stringify({ query: "{ appealCategories { code } }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect([big.status, ((await big.json()) as any).errors[0]]).toEqual([
      413,
      {
        message: "The request body is over the limit of 1048576 bytes",
        extensions: { code: "PAYLOAD_TOO_LARGE", requestId: expect.any(String) },
      },
    ]);
    const batch = await fetch(city.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en" },
      body: JSON.stringify([{ query: "{ appealCategories { code } }" }, { query: "{ departments { id } }" }]),
    });
    expect(batch.status).toBe(400);
    expect(await batch.text()).toMatch(/batching/i);
  });

  it("limits submissions per caller, telling how long to wait", async () => {
    expect((await city.query(SUBMIT, { input: input() })).body.data.submitAppeal.status).toBe("REGISTERED");
    expect((await city.query(SUBMIT, { input: input() })).body.data.submitAppeal.status).toBe("REGISTERED");
    const before = (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM appeals.appeal"))[0].n;
    const third = await city.query(SUBMIT, { input: input() });
    expect([third.status, third.headers.get("retry-after"), third.body.errors?.[0].extensions.code]).toEqual([
      429,
      expect.stringMatching(/^\d+$/),
      "RATE_LIMITED",
    ]);
    expect(third.body.errors?.[0].message).toMatch(/^Too many submissions: at most 2 in 600 s; try again in \d+ s$/);
    expect((await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM appeals.appeal"))[0].n).toBe(before);
    // Another caller (a signed-in citizen) has a budget of its own.
    const citizen = bearer(await signToken({ roles: ["citizen"] }, { sub: `citizen-${randomUUID()}` }));
    expect((await city.query(SUBMIT, { input: input() }, citizen)).body.data.submitAppeal.status).toBe("REGISTERED");
  });

  const withRedis = process.env.REDIS_URL ? it : it.skip;
  withRedis("shares the limit across gateway replicas through Redis", async () => {
    const env = { RATE_LIMIT_POINTS: "2", RATE_LIMIT_WINDOW_SECONDS: "600", REDIS_URL: process.env.REDIS_URL! };
    const replicas = await Promise.all([0, 1].map(() => startGateway(city, env)));
    try {
      const citizen = bearer(await signToken({ roles: ["citizen"] }, { sub: `citizen-${randomUUID()}` }));
      const codes = [];
      for (const url of [replicas[0].url, replicas[1].url, replicas[0].url]) {
        const { body } = await postGraphQL(url, SUBMIT, { input: input() }, citizen);
        codes.push(body.errors?.[0].extensions.code ?? body.data.submitAppeal.status);
      }
      expect(codes).toEqual(["REGISTERED", "REGISTERED", "RATE_LIMITED"]);
    } finally {
      for (const r of replicas) await r.stop();
    }
  });
});
