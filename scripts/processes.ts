import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export interface Service {
  name: string;
  /** The running process; respawnService replaces it. */
  child: ChildProcess;
  /** What it runs and with which environment, to start it again the same way. */
  script: string;
  env: NodeJS.ProcessEnv;
  /** The last lines the process wrote to stderr (for the one-line failure report). */
  stderr: string[];
}

/** Fails with a message naming the port and its owner-to-be when something already listens on it. */
export function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`port ${port} (${what}) is already in use; stop what uses it or set another port`)),
    );
    probe.listen(port, "0.0.0.0", () => probe.close(() => resolve()));
  });
}

/**
 * Starts a compiled service (`script`: absolute, or relative to `dist/`) as its own process with
 * `env`. Its stdout (JSON log lines) goes to ours; its stderr too, and the last lines are kept for
 * error reports.
 */
export function spawnService(name: string, script: string, env: NodeJS.ProcessEnv): Service {
  const service = { name, script, env, stderr: [] } as unknown as Service;
  respawnService(service);
  return service;
}

/** Starts `service` again as it was started (its stderr lines so far are kept). */
export function respawnService(service: Service): void {
  const child = spawn(process.execPath, [path.resolve(__dirname, "..", service.script)], {
    env: service.env,
    stdio: ["ignore", "inherit", "pipe"],
    // Own process group: a terminal's Ctrl-C reaches only `npm start`, which stops services in order.
    detached: true,
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    service.stderr.push(...chunk.toString("utf8").trim().split("\n"));
    service.stderr.splice(0, Math.max(0, service.stderr.length - 5));
  });
  service.child = child;
}

/** Resolves when `url` answers 200; rejects when the process exits first or after `timeoutMs`. */
export async function waitReady(service: Service, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(service.stderr.at(-1) ?? `${service.name} exited with code ${service.child.exitCode}`);
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL after `graceMs` (longer than the service's own SHUTDOWN_GRACE_MS); resolves when the process is gone. */
export function stopService(service: Service, graceMs = 10_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
