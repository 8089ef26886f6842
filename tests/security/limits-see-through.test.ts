import { randomUUID } from "node:crypto";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { kyivYear } from "../../subgraphs/common/calendar";
import { bearer, signToken } from "../helpers/tokens";

/** A year the demo budget always holds, whatever the date the suite runs on. */
const YEAR = kyivYear(new Date());

const limitError = (message: string) => ({
  message,
  extensions: { code: "QUERY_LIMIT", requestId: expect.any(String) },
});
const rateLimited = (points: number) => ({
  message: expect.stringMatching(new RegExp(`^Too many submissions: at most ${points} in 600 s; try again in \\d+ s$`)),
  extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number), requestId: expect.any(String) },
});

const input = () => ({
  idempotencyKey: randomUUID(),
  type: "PROPOSAL",
  category: "roads",
  subject: "Лавки у сквері",
  text: "Прошу встановити лавки у сквері біля школи.",
  applicant: { fullName: "Ганна Мельничук", address: "м. Житомир, вул. Шкільна, 3", email: "hanna@example.com" },
});
/** A citizen of their own: each test's submissions count in a bucket of their own. */
const citizen = async () => bearer(await signToken({ roles: ["citizen"] }, { sub: `citizen-${randomUUID()}` }));

const PAGES = "lines(first: $n) { edges { node { tenders(first: $n) { edges { node { id title status } } } } } }";

/**
 * The root-field limit, the cost and the submission rate limit count what an operation really
 * asks for: fields in inline and named fragments, aliases, page sizes given as variables or as
 * their defaults, and plain lists by the schema. Refused requests reach no subgraph and write nothing.
 */
describe("limits see through fragments, aliases and variables", () => {
  let city: City;
  const appeals = async () =>
    (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM appeals.appeal"))[0].n;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  it.each([
    ["a variable's default", `query ($n: Int = 100) { budget(year: ${YEAR}) { ${PAGES} } }`, undefined, 40303],
    ["a variable", `query ($n: Int) { budget(year: ${YEAR}) { ${PAGES} } }`, { n: 100 }, 40303],
    ["a literal", `{ budget(year: ${YEAR}) { ${PAGES.replace(/\$n/g, "100")} } }`, undefined, 40303],
    [
      "plain lists (by the schema's list types)",
      "{ departments { children { children { staff { id fullName } } } } }",
      undefined,
      328421,
    ],
    [
      "a page spread through fragments",
      `query ($n: Int = 100) { budget(year: ${YEAR}) { ...L } } fragment L on Budget { ... on Budget { ${PAGES} } }`,
      undefined,
      40303,
    ],
  ])("costs page sizes given as %s", async (_how, query, variables, estimate) => {
    city.resetSql();
    const { status, body } = await city.query(query, variables);
    expect([status, body]).toEqual([
      400,
      {
        errors: [
          limitError(
            `Query cost limit of 20000 exceeded, estimated ${estimate} (fields × page and list sizes); ask for fewer items per page`,
          ),
        ],
      },
    ]);
    expect(Object.values(city.sql).flat()).toEqual([]);
  });

  it("runs the same pages when they are small, and counts a connection's page once (not again for its edges)", async () => {
    const small = await city.query(`query ($n: Int = 100) { budget(year: ${YEAR}) { ${PAGES} } }`, { n: 2 });
    expect([small.status, small.body.errors, small.body.data.budget.lines.edges.length]).toEqual([200, undefined, 2]);
    // 100 tenders × their items: 2205, well under the limit; edges multiplied again by a list size would be 20 times that.
    const page = await city.query("{ tenders(first: 100) { totalCount edges { node { items { description } } } } }");
    expect([page.status, page.body.errors, page.body.data.tenders.edges.length > 20]).toEqual([200, undefined, true]);
  });

  it("counts root fields in inline and named fragments, every time they are spread", async () => {
    city.resetSql();
    const query =
      "{ ...Home ...Home } fragment Home on Query { a: appealCategories { code } ... on Query { b: appealCategories { code } c: departments { id } } ...More } fragment More on Query { d: appealCategories { code } e: viewer { roles } f: appealCategories { name } }";
    const { status, body } = await city.query(query);
    expect([status, body]).toEqual([400, { errors: [limitError("Root field limit of 10 exceeded, found 12")] }]);
    expect(Object.values(city.sql).flat()).toEqual([]);
  });

  it("counts each aliased submission in fragments: twelve in one request are refused and use twelve of the caller's points", async () => {
    const gateway = await startGateway(city, { RATE_LIMIT_POINTS: "13", RATE_LIMIT_WINDOW_SECONDS: "600" });
    try {
      const headers = await citizen();
      const before = await appeals();
      const aliased = (from: number) =>
        Array.from({ length: 6 }, (_, k) => `s${from + k}: submitAppeal(input: $i) { status }`).join(" ");
      const twelve = `mutation ($i: SubmitAppealInput!) { ... on Mutation { ${aliased(0)} } ...S } fragment S on Mutation { ${aliased(6)} }`;
      const refused = await postGraphQL(gateway.url, twelve, { i: input() }, headers);
      expect([refused.status, refused.body]).toEqual([
        400,
        { errors: [limitError("Root field limit of 10 exceeded, found 12")] },
      ]);
      expect(await appeals()).toBe(before);
      // 12 of 13 points are gone: one more submission is allowed, the next is not.
      const thirteenth = await postGraphQL(
        gateway.url,
        "mutation ($i: SubmitAppealInput!) { submitAppeal(input: $i) { status } }",
        { i: input() },
        headers,
      );
      expect(thirteenth.body).toEqual({ data: { submitAppeal: { status: "REGISTERED" } } });
      const fourteenth = await postGraphQL(
        gateway.url,
        "mutation ($i: SubmitAppealInput!) { submitAppeal(input: $i) { status } }",
        { i: input() },
        headers,
      );
      expect([fourteenth.status, fourteenth.body]).toEqual([429, { errors: [rateLimited(13)] }]);
      expect(await appeals()).toBe(before + 1);
    } finally {
      await gateway.stop();
    }
  });

  describe("with two submissions per caller", () => {
    let gateway: { url: string; stop(): Promise<void> };
    beforeAll(async () => {
      gateway = await startGateway(city, { RATE_LIMIT_POINTS: "2", RATE_LIMIT_WINDOW_SECONDS: "600" });
    });
    afterAll(() => gateway?.stop());
    /** Posts a mutation over `$i` (and `$j` when it uses it), each a new appeal. */
    const submit = (query: string, headers: Record<string, string>) =>
      postGraphQL(gateway.url, query, query.includes("$j") ? { i: input(), j: input() } : { i: input() }, headers);
    const ONE = "($i: SubmitAppealInput!)";
    const TWO = "($i: SubmitAppealInput!, $j: SubmitAppealInput!)";

    it("refuses submissions in inline and named fragments once the bucket is empty", async () => {
      const headers = await citizen();
      const before = await appeals();
      const two = await submit(
        `mutation ${TWO} { a: submitAppeal(input: $i) { status } b: submitAppeal(input: $j) { status } }`,
        headers,
      );
      expect(two.body).toEqual({ data: { a: { status: "REGISTERED" }, b: { status: "REGISTERED" } } });
      expect(await appeals()).toBe(before + 2);
      for (const query of [
        `mutation ${ONE} { ... on Mutation { submitAppeal(input: $i) { status } } }`,
        `mutation ${ONE} { ... { submitAppeal(input: $i) { status } } }`,
        `mutation ${ONE} { ...S } fragment S on Mutation { submitAppeal(input: $i) { status } }`,
      ]) {
        const refused = await submit(query, headers);
        expect([refused.status, refused.body]).toEqual([429, { errors: [rateLimited(2)] }]);
      }
      expect(await appeals()).toBe(before + 2);
    });

    it("counts submissions written through an alias, an inline fragment and a named fragment in one request", async () => {
      const before = await appeals();
      const three = await submit(
        `mutation ${TWO} { a: submitAppeal(input: $i) { status } ... on Mutation { b: submitAppeal(input: $j) { status } } ...S } fragment S on Mutation { c: submitAppeal(input: $i) { status } }`,
        await citizen(),
      );
      expect([three.status, three.body]).toEqual([429, { errors: [rateLimited(2)] }]);
      expect(await appeals()).toBe(before);
    });

    it("counts a named fragment each time it is spread", async () => {
      const headers = await citizen();
      const before = await appeals();
      // Spread twice, the same field merges into one submission, yet it was asked for twice.
      const twice = await submit(
        `mutation ${ONE} { ...S ...S } fragment S on Mutation { submitAppeal(input: $i) { status } }`,
        headers,
      );
      expect(twice.body).toEqual({ data: { submitAppeal: { status: "REGISTERED" } } });
      const next = await submit(`mutation ${ONE} { submitAppeal(input: $i) { status } }`, headers);
      expect([next.status, next.body]).toEqual([429, { errors: [rateLimited(2)] }]);
      expect(await appeals()).toBe(before + 1);
    });
  });
});
