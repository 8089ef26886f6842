import { SUBGRAPH_NAMES } from "../../subgraphs/registry";
import { startCity, startGateway, type City } from "../helpers/city";

/** The gateway is ready only when every subgraph accepts its signed requests. */
describe("gateway readiness", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity({ seed: "none" });
  });
  afterAll(() => city?.stop());

  const readiness = async (graphqlUrl: string) => {
    const response = await fetch(new URL("/ready", graphqlUrl));
    return { status: response.status, body: await response.json() };
  };
  const each = (state: string) => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, state]));

  it("is ready when the identity secrets agree", async () => {
    expect(await readiness(city.url)).toEqual({ status: 200, body: { status: "ready", subgraphs: each("ready") } });
  });

  it("is not ready when its identity secret differs from the subgraphs', and says why", async () => {
    const gateway = await startGateway(city, { IDENTITY_SECRET: "a-secret-the-subgraphs-do-not-share" });
    try {
      const why = "refuses the gateway's identity signature (IDENTITY_SECRET differs, or the clocks drift apart)";
      expect(await readiness(gateway.url)).toEqual({
        status: 503,
        body: { status: "not ready", subgraphs: each(why) },
      });
    } finally {
      await gateway.stop();
    }
  });

  it("names an unreachable subgraph without its address", async () => {
    const gateway = await startGateway(city, { BUDGET_URL: "http://127.0.0.1:9/graphql" });
    try {
      expect(await readiness(gateway.url)).toEqual({
        status: 503,
        body: { status: "not ready", subgraphs: { ...each("ready"), budget: "unreachable (connection failed)" } },
      });
    } finally {
      await gateway.stop();
    }
  });
});
