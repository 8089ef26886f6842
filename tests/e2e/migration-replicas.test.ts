import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "../../subgraphs/registry";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { freePort } from "../helpers/free-port";
import { childEnv } from "../helpers/child-env";

interface Replica {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

const repo = path.resolve(__dirname, "../..");

/** One documents process (the built entry, as deployed) on `port`, migrating at start. */
function startReplica(databaseUrl: string, filesDir: string, port: number): Replica {
  const child = spawn(process.execPath, [path.join(repo, "dist/subgraphs/documents/main.js")], {
    env: childEnv({
      DATABASE_URL: databaseUrl,
      DOCUMENTS_PORT: String(port),
      HOST: "127.0.0.1",
      FILES_DIR: filesDir,
      MIGRATE_ON_START: "true",
      LOG_LEVEL: "info",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, port, output: () => output, exited };
}

async function waitReady(replica: Replica, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (replica.child.exitCode !== null)
      throw new Error(`replica exited ${replica.child.exitCode}: ${replica.output()}`);
    const status = await fetch(`http://127.0.0.1:${replica.port}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`replica not ready in time: ${replica.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Two replicas of one subgraph started at the same moment against an empty database: the
 * advisory lock in `migrate` makes them take turns, so both come up and every migration is
 * applied exactly once (a race would fail one replica on "relation already exists" or record a
 * migration twice).
 */
describe("migrations under replicas", () => {
  let db: TestDatabase;
  let filesDir: string;
  const replicas: Replica[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    mkdirSync(path.join(repo, ".pgdata"), { recursive: true });
    filesDir = mkdtempSync(path.join(repo, ".pgdata/files-"));
  });
  afterAll(async () => {
    for (const r of replicas) {
      if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGTERM");
      await r.exited;
    }
    await db?.drop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it("both documents replicas come up and each migration is applied once", async () => {
    expect(await db.query("SELECT 1 FROM information_schema.schemata WHERE schema_name = 'documents'")).toEqual([]);
    const [a, b] = [await freePort(), await freePort()];
    replicas.push(startReplica(db.url, filesDir, a), startReplica(db.url, filesDir, b));
    await Promise.all(replicas.map((r) => waitReady(r)));

    const rows = await db.query<{ name: string; n: number }>(
      "SELECT name, count(*)::int AS n FROM documents.migrations GROUP BY name ORDER BY name",
    );
    // A migration's recorded name is its instance's `name` (some classes are made by a factory).
    const expected = SUBGRAPHS.documents.migrations.map((m) => new (m as new () => { name: string })().name).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected.map((name) => ({ name, n: 1 })));

    for (const replica of replicas) {
      const lines = replica
        .output()
        .split("\n")
        .filter((l) => l.trim() !== "");
      // An error, or a statement that failed (logged as a warning when the caller recovers).
      const problems = lines.filter((l) => {
        if (!l.startsWith("{")) return true;
        const entry = JSON.parse(l) as { level: number; msg?: string };
        return entry.level >= 50 || entry.msg === "sql failed";
      });
      expect(problems).toEqual([]);
    }
  });
});
