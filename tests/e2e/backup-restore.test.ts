import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { postGraphQL } from "../helpers/city";
import { contractOperation } from "../helpers/contract";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { freePort } from "../helpers/free-port";
import { streamDownload, streamUpload } from "../helpers/http-stream";
import { staffHeaders } from "../helpers/tokens";
import { runStart, stopAllRuns, whenUp, type StartRun } from "./run-start";
import { childEnv } from "../helpers/child-env";

const repo = path.resolve(__dirname, "../..");
const SUBMIT = contractOperation("portal", "SubmitAppeal");
const TRACK = contractOperation("portal", "TrackAppeal");
const FILES = `{ document(id: "11") { files { version sha256 size mediaType fileName } } }`;
const letter = Buffer.from("%PDF-1.4 відповідь на звернення, збережена в резервній копії");
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Runs dist/scripts/<script>.js as the operator would, with `env` (and no DATABASE_URL unless it names one). */
function runScript(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(repo, `dist/scripts/${script}.js`), ...args], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

/** A city of its own: directories under `root`, free ports, the demo city. */
async function cityEnv(root: string): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    DATA_DIR: path.join(root, "data"),
    FILES_DIR: path.join(root, "files"),
    BACKUP_DIR: path.join(root, "backups"),
    SEED: "demo",
  };
  for (const name of ["PG_PORT", "GATEWAY_PORT", "DOCUMENTS_PORT", "APPEALS_PORT", "PROCUREMENT_PORT", "BUDGET_PORT"])
    env[name] = String(await freePort());
  return env;
}

async function up(env: Record<string, string>): Promise<{ run: StartRun; base: string }> {
  const run = runStart(env);
  await whenUp(run, 180_000);
  return { run, base: `http://127.0.0.1:${env.GATEWAY_PORT}` };
}

async function down(run: StartRun): Promise<void> {
  run.child.kill("SIGTERM");
  await run.exited;
}

async function submitAppeal(base: string, key: string): Promise<string> {
  const input = {
    idempotencyKey: key,
    type: "COMPLAINT",
    category: "roads",
    subject: "Яма на дорозі",
    text: "Біля будинку 5 на вулиці Шевченка яма посеред дороги.",
    applicant: { fullName: "Олена Бондар", address: "м. Житомир, вул. Шевченка, 5", email: "o.bondar@example.com" },
  };
  const { body } = await postGraphQL(`${base}/graphql`, SUBMIT, { input });
  return body.data.submitAppeal.trackingCode as string;
}

/** What the API shows of the changes: the appeal by its code, document 11's files, a file's bytes. */
async function observe(base: string, code: string) {
  const executor = await staffHeaders("10", "6", "executor");
  const tracked = (await postGraphQL(`${base}/graphql`, TRACK, { trackingCode: code })).body;
  const files = (await postGraphQL(`${base}/graphql`, FILES, undefined, executor)).body;
  const got = await streamDownload(`${base}/files/documents/11/versions/1`, executor);
  return { tracked, files, download: { status: got.status, sha256: got.sha256, size: got.size } };
}

/**
 * The operator's routine end to end, on both kinds of database: change data through the API,
 * back up while the city runs, destroy the data, restore, start again and find it all.
 */
describe("backup and restore", () => {
  let root: string;
  const databases: TestDatabase[] = [];
  beforeAll(() => {
    mkdirSync(path.join(repo, ".pgdata"), { recursive: true });
    root = mkdtempSync(path.join(repo, ".pgdata/backup-"));
    // Run as root, the embedded server runs as `postgres`, which must be able to enter its directories.
    chmodSync(root, 0o755);
  });
  afterAll(async () => {
    await stopAllRuns();
    for (const db of databases) await db.drop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  const roundTrip = async (env: Record<string, string>, destroy: () => Promise<Record<string, string>>) => {
    let city = await up(env);
    const code = await submitAppeal(city.base, "backup-before");
    const manager = { ...(await staffHeaders("9", "6", "manager")), "content-type": "application/pdf" };
    const uploaded = await streamUpload(`${city.base}/files/documents/11`, Readable.from([letter]), {
      ...manager,
      "x-file-name": "answer.pdf",
    });
    expect([uploaded.status, uploaded.json.sha256]).toEqual([201, sha(letter)]);
    const before = await observe(city.base, code);
    expect(before.download).toEqual({ status: 200, sha256: sha(letter), size: letter.length });
    expect(before.tracked.data.trackAppeal.trackingCode).toBe(code);

    const backup = await runScript("backup", [], env);
    expect(backup).toEqual({ code: 0, stdout: expect.stringContaining("backup written: "), stderr: "" });
    const archives = readdirSync(env.BACKUP_DIR).filter((f) => f.endsWith(".tar.gz"));
    expect(archives).toEqual([expect.stringMatching(/^e-misto-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/)]);
    const later = await submitAppeal(city.base, "backup-after");
    await down(city.run);

    rmSync(env.FILES_DIR, { recursive: true, force: true });
    const restoreEnv = await destroy();
    const archive = path.join(env.BACKUP_DIR, archives[0]);
    const restored = await runScript("restore", [archive], restoreEnv);
    expect(restored).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^restored .+\.tar\.gz \(made \d{4}-\d\d-\d\dT[\d:.]+Z\)\n$/),
      stderr: "",
    });

    city = await up(restoreEnv);
    expect(await observe(city.base, code)).toEqual(before);
    expect((await postGraphQL(`${city.base}/graphql`, TRACK, { trackingCode: later })).body).toEqual({
      data: { trackAppeal: null },
    });
    await down(city.run);

    const again = await runScript("restore", [archive], restoreEnv);
    expect(again.code).toBe(1);
    const forced = await runScript("restore", [archive, "--force"], restoreEnv);
    expect(forced).toEqual({ code: 0, stdout: expect.stringMatching(/^restored /), stderr: "" });
    return again.stderr;
  };

  it("the embedded server: a hot physical copy, restored into a new data directory", async () => {
    const env = await cityEnv(path.join(root, "embedded"));
    const refusal = await roundTrip(env, async () => {
      rmSync(env.DATA_DIR, { recursive: true, force: true });
      return env;
    });
    expect(refusal).toBe(
      `npm run restore: ${path.join(env.DATA_DIR, "pg")} already holds a database: restore refuses to overwrite it (pass --force to set it aside)\n`,
    );
    expect(readdirSync(env.DATA_DIR).sort()).toEqual(["pg", expect.stringMatching(/^pg\.replaced-\d+$/)]);
  }, 600_000);

  it("DATABASE_URL: pg_dump, restored into an empty database", async () => {
    const first = await createTestDatabase();
    databases.push(first);
    const env: Record<string, string> = { ...(await cityEnv(path.join(root, "url"))), DATABASE_URL: first.url };
    // The test server may be newer than this machine's client tools (the embedded PostgreSQL 18
    // beside Debian's pg_dump 15): then the backup must refuse, saying what to install, and write nothing.
    const server = Number(
      (await first.query<{ v: string }>("SELECT current_setting('server_version_num') AS v"))[0].v.slice(0, -4),
    );
    const client = Number(/(\d+)\./.exec(spawnSync("pg_dump", ["--version"]).stdout?.toString() ?? "")?.[1] ?? 0);
    if (client < server) {
      const refused = await runScript("backup", [], env);
      expect(refused).toEqual({
        code: 1,
        stdout: "",
        stderr:
          client === 0
            ? "npm run backup: pg_dump not found on PATH: install PostgreSQL's client tools\n"
            : `npm run backup: pg_dump ${client} cannot dump PostgreSQL ${server}: install the client tools of PostgreSQL ${server} or later (e.g. postgresql-client-${server}) and put them on PATH or in PG_BIN_DIR\n`,
      });
      expect(existsSync(env.BACKUP_DIR) ? readdirSync(env.BACKUP_DIR) : []).toEqual([]);
      return;
    }
    let second: TestDatabase | undefined;
    const refusal = await roundTrip(env, async () => {
      await first.drop();
      second = await createTestDatabase();
      databases.push(second);
      return { ...env, DATABASE_URL: second.url };
    });
    const { pathname, hostname } = new URL(second!.url);
    expect(refusal).toMatch(
      new RegExp(
        `^npm run restore: the database ${pathname.slice(1)} on ${hostname} is not empty \\(\\d+ tables\\): restore into an empty database, or pass --force to replace what the backup holds\n$`,
      ),
    );
  }, 600_000);
});
