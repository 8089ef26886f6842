import { readFileSync } from "node:fs";
import path from "node:path";
import { loadGatewayConfig } from "../../gateway/config";
import { loadStartConfig } from "../../scripts/start-config";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { ConfigError } from "../../subgraphs/common/env";
import { FETCH_BLOCKED_PORTS } from "../../subgraphs/common/fetch-ports";
import { DEV_IDENTITY_SECRET } from "../../subgraphs/common/service-config";
import { SUBGRAPHS } from "../../subgraphs/registry";

/** A secret as a deployer generates one (`openssl rand -hex 32`). */
const STRONG = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/** Config fails at start, by name; production never runs on a development secret. */
describe("service config", () => {
  it("prefers a subgraph's own database over the shared one", () => {
    const config = loadSubgraphConfig(SUBGRAPHS.appeals, {
      DATABASE_URL: "postgres://shared/db",
      APPEALS_DATABASE_URL: "postgres://own/db",
      APPEALS_PORT: "5002",
    });
    expect([config.databaseUrl, config.port, config.identitySecret, config.migrateOnStart]).toEqual([
      "postgres://own/db",
      5002,
      DEV_IDENTITY_SECRET,
      true,
    ]);
  });

  it.each([
    [{}, "Missing BUDGET_DATABASE_URL or DATABASE_URL"],
    [{ DATABASE_URL: "postgres://x/y", BUDGET_PORT: "forty" }, 'BUDGET_PORT must be an integer, got "forty"'],
    [
      { DATABASE_URL: "postgres://x/y", LOG_LEVEL: "loud" },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ],
    [
      { DATABASE_URL: "postgres://x/y", NODE_ENV: "production" },
      "Missing IDENTITY_SECRET: set a secret of its own in production",
    ],
    [
      { DATABASE_URL: "postgres://x/y", NODE_ENV: "production", IDENTITY_SECRET: DEV_IDENTITY_SECRET },
      "Missing IDENTITY_SECRET: set a secret of its own in production",
    ],
    [
      {
        DATABASE_URL: "postgres://x/y",
        NODE_ENV: "production",
        IDENTITY_SECRET: "replace-me-with-a-long-random-secret",
      },
      "IDENTITY_SECRET is a placeholder from an example: generate one, e.g. `openssl rand -hex 32`",
    ],
    [
      { DATABASE_URL: "postgres://x/y", NODE_ENV: "production", IDENTITY_SECRET: "x" },
      "IDENTITY_SECRET is shorter than 32 bytes: generate one, e.g. `openssl rand -hex 32`",
    ],
    [
      { DATABASE_URL: "postgres://x/y", NODE_ENV: "production", IDENTITY_SECRET: "a".repeat(31) },
      "IDENTITY_SECRET is shorter than 32 bytes",
    ],
  ])("refuses %j with a message naming the variable", (env, message) => {
    expect(() => loadSubgraphConfig(SUBGRAPHS.budget, env)).toThrow(message);
  });

  it("refuses ports that fetch will not connect to, and ports out of range, naming the setting", () => {
    expect(() => loadGatewayConfig({ GATEWAY_PORT: "6000" })).toThrow(
      new ConfigError(
        "GATEWAY_PORT=6000 is a port that fetch (browsers, Node) refuses to connect to; choose another, e.g. 4000",
      ),
    );
    expect(() => loadSubgraphConfig(SUBGRAPHS.budget, { DATABASE_URL: "postgres://x/y", BUDGET_PORT: "6667" })).toThrow(
      new ConfigError(
        "BUDGET_PORT=6667 is a port that fetch (browsers, Node) refuses to connect to; choose another, e.g. 4004",
      ),
    );
    expect(() => loadStartConfig({ APPEALS_PORT: "4190" })).toThrow(
      new ConfigError(
        "APPEALS_PORT=4190 is a port that fetch (browsers, Node) refuses to connect to; choose another, e.g. 4002",
      ),
    );
    expect(() => loadGatewayConfig({ GATEWAY_PORT: "70000" })).toThrow(
      new ConfigError('GATEWAY_PORT must be a port (0 to 65535), got "70000"'),
    );
    // Every port the Fetch Standard blocks is refused, and its neighbours are not.
    for (const port of FETCH_BLOCKED_PORTS) {
      expect(() => loadGatewayConfig({ GATEWAY_PORT: String(port) })).toThrow("refuses to connect to");
      expect(loadGatewayConfig({ GATEWAY_PORT: String(port + 30000) }).port).toBe(port + 30000);
    }
    expect(loadStartConfig({ GATEWAY_PORT: "6001", DOCUMENTS_PORT: "5999" })).toMatchObject({
      gatewayPort: 6001,
      subgraphPorts: { documents: 5999 },
    });
  });

  it("gives the gateway every subgraph URL, overridable one by one", () => {
    const config = loadGatewayConfig({
      APPEALS_URL: "http://appeals:4002/graphql",
      NODE_ENV: "production",
      IDENTITY_SECRET: STRONG,
      JWT_SECRET: `jwt-${STRONG}`,
    });
    expect(config.subgraphUrls).toEqual({
      documents: "http://localhost:4001/graphql",
      appeals: "http://appeals:4002/graphql",
      procurement: "http://localhost:4003/graphql",
      budget: "http://localhost:4004/graphql",
    });
    expect(() => loadGatewayConfig({ NODE_ENV: "production" })).toThrow("Missing IDENTITY_SECRET");
    expect(() => loadGatewayConfig({ NODE_ENV: "production", IDENTITY_SECRET: STRONG })).toThrow("Missing JWT_SECRET");
  });

  it("refuses every placeholder of .env.example and short secrets in production, for the gateway too", () => {
    const placeholders = readFileSync(path.resolve(__dirname, "../../.env.example"), "utf8").match(/^\w*SECRET=.+$/gm)!;
    expect(placeholders.length).toBeGreaterThanOrEqual(2);
    for (const line of placeholders) {
      const [name, value] = line.split("=");
      const env = { NODE_ENV: "production", IDENTITY_SECRET: STRONG, JWT_SECRET: `jwt-${STRONG}`, [name]: value };
      expect(() => loadGatewayConfig(env)).toThrow(`${name} is a placeholder from an example`);
    }
    expect(() => loadGatewayConfig({ NODE_ENV: "production", IDENTITY_SECRET: STRONG, JWT_SECRET: "j" })).toThrow(
      "JWT_SECRET is shorter than 32 bytes",
    );
    expect(
      loadGatewayConfig({ NODE_ENV: "production", IDENTITY_SECRET: STRONG, JWT_SECRET: `jwt-${STRONG}` })
        .identitySecret,
    ).toBe(STRONG);
  });

  it("keeps the development defaults outside production", () => {
    expect(loadGatewayConfig({ IDENTITY_SECRET: "x" }).identitySecret).toBe("x");
  });
});
