import { startCity, type City } from "../helpers/city";

/** `n` fragments, each spreading the next twice: 2^n spreads of the last one, in a few hundred bytes per ten fragments. */
const doubling = (n: number, on: string, spreadTwice: (next: string) => string, last: string) =>
  Array.from({ length: n }, (_, i) => `fragment F${i} on ${on} { ${spreadTwice(`F${i + 1}`)} }`).join(" ") +
  ` fragment F${n} on ${on} { ${last} }`;

const limitError = (message: string) => ({
  message,
  extensions: { code: "QUERY_LIMIT", requestId: expect.any(String) },
});
const validationError = (message: string) => ({
  message,
  extensions: { code: "GRAPHQL_VALIDATION_FAILED", requestId: expect.any(String) },
});

/**
 * Every limit's walk over a document visits each fragment once: documents whose fragments spread
 * each other exponentially often are refused at once with the limit they break, named with the
 * count it found, and the gateway stays responsive meanwhile.
 */
describe("limit walks are linear in the document", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  it.each([
    [
      "the cost, through spreads in a list",
      `{ departments { ...F0 } } ${doubling(40, "Department", (f) => `...${f} ...${f}`, "id")}`,
      limitError(
        "Query cost limit of 20000 exceeded, estimated 21990232555521 (fields × page and list sizes); ask for fewer items per page",
      ),
    ],
    [
      "the root fields, through spreads at the root",
      `{ ...F0 } ${doubling(40, "Query", (f) => `...${f} ...${f}`, "appealCategories { code }")}`,
      limitError("Root field limit of 10 exceeded, found 1099511627776"),
    ],
    [
      "the root fields, beyond exact counting",
      `{ ...F0 } ${doubling(60, "Query", (f) => `...${f} ... on Query { ...${f} }`, "appealCategories { code }")}`,
      limitError("Root field limit of 10 exceeded, found more than 9007199254740991"),
    ],
    [
      "the aliases, through spreads",
      `{ departments { ...F0 } } ${doubling(40, "Department", (f) => `${f.toLowerCase()}: id ...${f} ...${f}`, "id")}`,
      validationError("Aliases limit of 15 exceeded, found 1099511627775."),
    ],
    [
      "the directives, through spreads",
      `{ departments { ...F0 } } ${doubling(40, "Department", (f) => `...${f} @include(if: true) ...${f}`, "id")}`,
      validationError("Directives limit of 10 exceeded, found 1099511627775."),
    ],
  ])("answers a 40-fragment doubling query over %s at once", async (_limit, query, error) => {
    city.resetSql();
    const started = Date.now();
    const [answer, health] = await Promise.all([city.query(query), fetch(`${city.base}/health`)]);
    // A guard, not a benchmark: the same walks took hours before they were linear.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(health.status).toBe(200);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([error]);
    expect(Object.values(city.sql).flat()).toEqual([]);
  });

  it("still runs a document that spreads fragments many times within the limits", async () => {
    const query = `{ appealCategories { ...F0 } } ${doubling(8, "AppealCategory", (f) => `...${f} ...${f}`, "code")}`;
    const { status, body } = await city.query(query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.appealCategories.length).toBeGreaterThan(0);
    expect(body.data.appealCategories[0]).toEqual({ code: expect.any(String) });
  });
});
