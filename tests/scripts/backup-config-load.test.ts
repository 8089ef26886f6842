import { execFile } from "node:child_process";
import path from "node:path";

const dist = path.resolve(__dirname, "../../dist");

/** Runs `code` in a fresh Node (from the build: `npm test` builds first) and resolves with what it printed. */
const inFreshNode = (code: string) =>
  new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ["-e", code], { cwd: dist }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );

/** Which of the subgraphs' modules a fresh process holds after `load` (a statement run in it). */
const subgraphCodeAfter = async (load: string) =>
  JSON.parse(
    await inFreshNode(
      `${load}; console.log(JSON.stringify(Object.keys(require.cache).filter((f) => /subgraphs[\\\\/](registry|documents[\\\\/]index|appeals[\\\\/]index)\\.js$/.test(f)).map((f) => require("node:path").relative(process.cwd(), f)).sort()))`,
    ),
  ) as string[];

/**
 * `npm run backup` and `npm run restore` read only the database's settings: they load no
 * subgraph's code (about a second of CPU), while `npm start`'s config still reads every
 * subgraph's port from the registry.
 */
describe("what the operators' scripts load", () => {
  it("backup and restore read their config without the registry or any subgraph", async () => {
    const loaded = await subgraphCodeAfter(`require("./scripts/backup/config").loadBackupConfig({})`);
    expect(loaded).toEqual([]);
  });

  it("npm start's config loads the registry, and with it the subgraphs", async () => {
    const loaded = await subgraphCodeAfter(`require("./scripts/start-config").loadStartConfig({})`);
    expect(loaded).toEqual([
      path.join("subgraphs", "appeals", "index.js"),
      path.join("subgraphs", "documents", "index.js"),
      path.join("subgraphs", "registry.js"),
    ]);
  });
});
