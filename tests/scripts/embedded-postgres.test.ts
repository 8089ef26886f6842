import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { freePort, portIsFree } from "../helpers/free-port";

const repo = path.resolve(__dirname, "../..");

/** Polls `check` every 100 ms until it holds or `ms` pass; returns whether it held. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100)))
    if (await check()) return true;
  return false;
}

/**
 * The embedded server as `npm start`, backup and the tests start it (scripts/embedded-postgres.ts,
 * scripts/postmaster.ts): a cause when it cannot start, and never a server left behind by a
 * process that ends without stopping it, even one in a process group of its own.
 */
describe("embedded PostgreSQL", () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(path.join(repo, ".pgdata"), { recursive: true });
    dir = mkdtempSync(path.join(repo, ".pgdata/embedded-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the port and the server's own reason when it cannot start", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      await expect(startEmbeddedPostgres(dir, port, { persistent: true })).rejects.toThrow(
        new RegExp(
          `^embedded PostgreSQL did not start on port ${port} \\(is the port in use\\? set PG_PORT\\): .*could not create any TCP/IP sockets`,
        ),
      );
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it("stops the server when the process that started it exits without stopping it", async () => {
    const port = await freePort();
    const script = `require(${JSON.stringify(path.join(repo, "dist/scripts/embedded-postgres.js"))})
      .startEmbeddedPostgres(${JSON.stringify(dir)}, ${port}, { persistent: true, ownGroup: true })
      .then(() => { console.log("up"); process.exit(0); });`;
    const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect([child.status, child.stdout, child.stderr]).toEqual([0, "up\n", ""]);
    const gone = await eventually(
      async () => !existsSync(path.join(dir, "pg", "postmaster.pid")) && (await portIsFree(port)),
      15_000,
    );
    expect(gone).toBe(true);
  });
});
