// The processes the bench starts and measures: the seeded city (`npm start`'s dist/scripts/start.js:
// embedded PostgreSQL or DATABASE_URL, the four subgraphs, our gateway), Hive Gateway and a stock
// Apollo gateway, each on a free port; and their memory from /proc.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SUBGRAPHS = ["documents", "appeals", "procurement", "budget"];
/** The comparison gateways, installed on demand outside the project's dependencies. */
export const PACKAGES_DIR = path.join(os.homedir(), ".cache", "e-misto-bench");
const PACKAGES = ["@graphql-hive/gateway@2.15.1", "@apollo/gateway@2.14.4", "@apollo/server@5.5.1", "graphql@16.15.0"];

export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `npm run seed:volume`'s script; it writes nothing when the data dir already has that scale. */
export function seed(scale, env) {
  const run = spawnSync(process.execPath, [path.join(root, "dist/scripts/seed-volume.js"), "--scale", String(scale)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0) throw new Error(`seed:volume --scale ${scale} failed (exit ${run.status})`);
}

export function installComparisonGateways() {
  if (PACKAGES.every((p) => existsSync(path.join(PACKAGES_DIR, "node_modules", p.slice(0, p.lastIndexOf("@"))))))
    return;
  const args = ["install", "--prefix", PACKAGES_DIR, "--no-audit", "--no-fund", "-E", ...PACKAGES];
  const run = spawnSync("npm", args, { stdio: ["ignore", "inherit", "inherit"] });
  if (run.status !== 0) throw new Error(`npm ${args.join(" ")} failed`);
}

/** A started process; `stop()` ends it (and, for the city, its own children in order). */
function launch(script, env, label) {
  const child = spawn(process.execPath, [path.join(root, script)], { env, stdio: ["ignore", "ignore", "pipe"] });
  const stderr = [];
  child.stderr.on(
    "data",
    (c) => stderr.push(...c.toString().trim().split("\n")) && stderr.splice(0, stderr.length - 20),
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    label,
    child,
    stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      // Hive Gateway waits for open connections; the city stops in order within its grace.
      const kill = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(kill);
    },
  };
}

export async function waitReady(proc, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.label} exited: ${proc.stderr.slice(-3).join(" | ")}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${proc.label} not ready at ${url} within ${timeoutMs / 1000} s`);
}

export const startCity = (env) => launch("dist/scripts/start.js", env, "city");
export const startComparison = (file, env, label) => launch(`bench/servers/${file}`, env, label);

/** The city's service processes by name (gateway, subgraphs), from the start script's children. */
export function cityPids(startPid) {
  const children = readFileSync(`/proc/${startPid}/task/${startPid}/children`, "utf8").trim().split(/\s+/);
  const pids = {};
  for (const pid of children.filter(Boolean)) {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    const name = ["gateway", ...SUBGRAPHS].find((n) => cmd.includes(`/${n}/main.js`));
    if (name) pids[name] = Number(pid);
  }
  return pids;
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux, whatever HZ the kernel runs at). */
const USER_HZ = 100;

/** CPU time (user and system) a process has used so far, in ms, or null once it is gone. */
export function cpuOf(pid) {
  try {
    // The fields after the command (which may hold spaces), from field 3 (state) on: utime is 14, stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").at(-1).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return null;
  }
}

/** VmRSS and VmHWM (peak) of a process in MiB, or null once it is gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/**
 * Watches the RSS of `pids` ({ name: pid }): start now, peak sampled every 250 ms (and VmHWM at the
 * end), with `perMinute` also once a minute. `memory` holds the figures by name; `stop()` records the end.
 */
export function watchMemory(pids, { perMinute = false } = {}) {
  const memory = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, { pid, start: memoryOf(pid)?.rss, peak: 0, minutes: [] }]),
  );
  const timers = [
    setInterval(() => {
      for (const m of Object.values(memory)) m.peak = Math.max(m.peak, memoryOf(m.pid)?.rss ?? 0);
    }, 250),
  ];
  if (perMinute)
    timers.push(
      setInterval(() => {
        for (const m of Object.values(memory)) m.minutes.push(memoryOf(m.pid)?.rss);
      }, 60_000),
    );
  let stopped = false;
  return {
    memory,
    /** Records the end once; later calls do nothing. */
    stop() {
      if (stopped) return;
      stopped = true;
      timers.forEach(clearInterval);
      for (const m of Object.values(memory)) {
        const now = memoryOf(m.pid);
        m.end = now?.rss;
        m.peak = Math.max(m.peak, now?.peak ?? 0);
      }
    },
  };
}
