import { loadGatewayConfig } from "../../gateway/config";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";

/** Config fails at start, by name; production never runs on a development secret. */
describe("service config", () => {
  it("prefers a subgraph's own database over the shared one", () => {
    const config = loadSubgraphConfig("appeals", { DATABASE_URL: "postgres://shared/db", APPEALS_DATABASE_URL: "postgres://own/db", APPEALS_PORT: "5002" });
    expect([config.databaseUrl, config.port, config.identitySecret, config.migrateOnStart]).toEqual(["postgres://own/db", 5002, DEV_IDENTITY_SECRET, true]);
  });

  it.each([
    [{}, "Missing BUDGET_DATABASE_URL or DATABASE_URL"],
    [{ DATABASE_URL: "postgres://x/y", BUDGET_PORT: "forty" }, 'BUDGET_PORT must be an integer, got "forty"'],
    [{ DATABASE_URL: "postgres://x/y", LOG_LEVEL: "loud" }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    [{ DATABASE_URL: "postgres://x/y", NODE_ENV: "production" }, "Missing IDENTITY_SECRET: set a secret of its own in production"],
    [{ DATABASE_URL: "postgres://x/y", NODE_ENV: "production", IDENTITY_SECRET: DEV_IDENTITY_SECRET }, "Missing IDENTITY_SECRET: set a secret of its own in production"],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadSubgraphConfig("budget", env)).toThrow(message);
  });

  it("gives the gateway every subgraph URL, overridable one by one", () => {
    const config = loadGatewayConfig({ APPEALS_URL: "http://appeals:4002/graphql", NODE_ENV: "production", IDENTITY_SECRET: "s3cret", JWT_SECRET: "jwt-s3cret" });
    expect(config.subgraphUrls).toEqual({
      documents: "http://localhost:4001/graphql",
      appeals: "http://appeals:4002/graphql",
      procurement: "http://localhost:4003/graphql",
      budget: "http://localhost:4004/graphql",
    });
    expect(() => loadGatewayConfig({ NODE_ENV: "production" })).toThrow("Missing IDENTITY_SECRET");
    expect(() => loadGatewayConfig({ NODE_ENV: "production", IDENTITY_SECRET: "s3cret" })).toThrow("Missing JWT_SECRET");
  });
});
