import { GraphQLError, parse } from "graphql";
import { loadGatewayConfig } from "../../gateway/config";
import { outageErrors, subgraphOutage } from "../../gateway/subgraph-outage";

describe("what counts as a subgraph outage at the gateway", () => {
  it.each([
    [
      "a refused connection",
      new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }),
      "unreachable",
    ],
    [
      "a connection lost mid-answer",
      new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }),
      "unreachable",
    ],
    ["the gateway's time limit", Object.assign(new Error("aborted"), { name: "AbortError" }), "timeout"],
    [
      "a body that never ends",
      new TypeError("terminated", { cause: Object.assign(new Error("x"), { code: "UND_ERR_BODY_TIMEOUT" }) }),
      "timeout",
    ],
    ["a TypeError of our own making", new TypeError("x is not a function"), undefined],
    [
      "a refused connection, as undici's request says it",
      Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      "unreachable",
    ],
    [
      "a socket closed mid-answer",
      Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      "unreachable",
    ],
    [
      "a request aborted by the gateway's signal",
      Object.assign(new Error("aborted"), { code: "UND_ERR_ABORTED" }),
      "timeout",
    ],
    ["a wrong argument (a bug)", Object.assign(new TypeError("bad"), { code: "ERR_INVALID_ARG_TYPE" }), undefined],
    ["a proxy's 503", new GraphQLError("x", { extensions: { code: "SERVICE_UNAVAILABLE" } }), "unreachable"],
    ["a refused signature", new GraphQLError("x", { extensions: { code: "INTERNAL_SERVER_ERROR" } }), undefined],
    ["a body that is not JSON", new Error("Expected JSON response body, but received: <html>"), undefined],
  ])("%s: %s", (_what, error, kind) => {
    expect(subgraphOutage(error)).toBe(kind);
  });
});

describe("the errors an outage leaves", () => {
  const paths = (query: string, variables?: Record<string, unknown>) =>
    outageErrors("budget", "unreachable", parse(query), variables).map((e) => e.path);

  it("one per root field of a root fetch, by its alias", () => {
    expect(paths("query Q__budget__0 { home: budget(year: 2026) { year } tenders { totalCount } }")).toEqual([
      ["home"],
      ["tenders"],
    ]);
  });

  it("one per field of each entity of an entity fetch, by its type, fragments included", () => {
    const query = `query Q__budget__1($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Department { __typename summary: budgetSummary(year: 2026) { approved } ...More }
        ... on BudgetLine { amended }
      }
    }
    fragment More on Department { code }`;
    const representations = [
      { __typename: "Department", id: "1" },
      { __typename: "BudgetLine", id: "2" },
    ];
    expect(paths(query, { representations })).toEqual([
      ["_entities", 0, "summary"],
      ["_entities", 0, "code"],
      ["_entities", 1, "amended"],
    ]);
  });

  it("says what is missing, names the service and gives a retry hint", () => {
    const [error] = outageErrors("budget", "timeout", parse("{ budget(year: 2026) { year } }"), undefined);
    expect(error.toJSON()).toEqual({
      message:
        "The budget service did not answer in time, so this part of the answer is missing; try again in 5 seconds",
      path: ["budget"],
      extensions: { code: "SERVICE_UNAVAILABLE", service: "budget", retryAfterSeconds: 5 },
    });
  });
});

describe("SUBGRAPH_TIMEOUT_MS", () => {
  it("is 10 s unless set, and bounded", () => {
    expect(loadGatewayConfig({}).subgraphTimeoutMs).toBe(10_000);
    expect(loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: "2500" }).subgraphTimeoutMs).toBe(2500);
    expect(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: "0" })).toThrow(
      "SUBGRAPH_TIMEOUT_MS must be a positive number, got 0",
    );
    expect(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: "60001" })).toThrow(
      "SUBGRAPH_TIMEOUT_MS must be at most 60000, got 60001",
    );
  });
});
