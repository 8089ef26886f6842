import { spawn, type ChildProcess, type SpawnOptionsWithStdioTuple } from "node:child_process";
import path from "node:path";
import { childEnv } from "../helpers/child-env";

export interface StartRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

const runs: StartRun[] = [];

/**
 * Runs the built `npm start` entry (dist/scripts/start.js, or `entry` relative to the repository)
 * with `env` added to ours, less the machine's database and Redis (helpers/child-env.ts: the
 * embedded path is taken unless `env` names a database).
 */
export function runStart(env: Record<string, string>, entry = "dist/scripts/start.js"): StartRun {
  return track(spawn(process.execPath, [path.resolve(__dirname, "../..", entry)], options(env)));
}

/** `npm start` itself, through npm and its script (a build first, unchanged here), as a user types it. */
export function runNpmStart(env: Record<string, string>): StartRun {
  return track(spawn("npm", ["start"], { ...options(env), cwd: path.resolve(__dirname, "../..") }));
}

const options = (env: Record<string, string>): SpawnOptionsWithStdioTuple<"ignore", "pipe", "pipe"> => ({
  env: childEnv({ LOG_LEVEL: "warn", ...env }),
  stdio: ["ignore", "pipe", "pipe"],
  // A process group of its own, as a shell gives a command it runs: see pressCtrlC.
  detached: true,
});

function track(child: ChildProcess): StartRun {
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const run = { child, stdout: () => out, stderr: () => err, exited };
  runs.push(run);
  return run;
}

/** Stops every run still going (after a failed assertion) and waits for it to finish. */
export async function stopAllRuns(): Promise<void> {
  for (const run of runs.splice(0)) {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGTERM");
    await run.exited;
  }
}

/** SIGINT to the run's whole process group, as a terminal's Ctrl-C sends it to everything in the foreground. */
export function pressCtrlC(run: StartRun): void {
  process.kill(-run.child.pid!, "SIGINT");
}

/** The lines the run's processes logged at level warn or above, as "service: message". */
export const warnings = (run: StartRun): string[] =>
  run
    .stdout()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { level: number; service: string; msg: string; message?: string })
    .filter((l) => l.level >= 40)
    .map((l) => `${l.service}: ${l.message ?? l.msg}`);

/** Waits until the run prints that the city is up; fails with its stderr if it exits first. */
export async function whenUp(run: StartRun, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!run.stdout().includes("e-Misto is up")) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited ${run.child.exitCode}: ${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`npm start not up in time: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The messages `npm start` itself logged (JSON lines of service "start"), in order. */
export const startMessages = (run: StartRun): string[] =>
  run
    .stdout()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { service: string; msg: string })
    .filter((l) => l.service === "start")
    .map((l) => l.msg);
