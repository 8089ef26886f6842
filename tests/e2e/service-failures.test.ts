import { spawnSync } from "node:child_process";
import path from "node:path";
import { freePort } from "../helpers/free-port";
import { childEnv } from "../helpers/child-env";

/** A service that cannot start says why in one line naming the cause, and exits with 1. */
describe("service processes that cannot start", () => {
  const run = (script: string, env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [path.resolve(__dirname, "../../dist", script)], {
      env: childEnv(env),
      encoding: "utf8",
      timeout: 30_000,
    });
    return { status: r.status, stderr: r.stderr };
  };

  it("a subgraph with an unreachable database", async () => {
    const port = await freePort();
    expect(
      run("subgraphs/appeals/main.js", { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/x`, APPEALS_PORT: "0" }),
    ).toEqual({
      status: 1,
      stderr: `appeals: cannot reach the database (connect ECONNREFUSED 127.0.0.1:${port})\n`,
    });
  });

  it("a subgraph or the gateway in production without a secret of its own", () => {
    expect(run("subgraphs/budget/main.js", { NODE_ENV: "production", DATABASE_URL: "postgres://db/x" })).toEqual({
      status: 1,
      stderr: "budget: Missing IDENTITY_SECRET: set a secret of its own in production\n",
    });
    expect(run("gateway/main.js", { NODE_ENV: "production" })).toEqual({
      status: 1,
      stderr: "gateway: Missing IDENTITY_SECRET: set a secret of its own in production\n",
    });
  });
});
