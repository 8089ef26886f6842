import { createServer } from "node:net";
import { assertPortFree } from "../../scripts/processes";

/**
 * Where test ports are picked: below Linux's ephemeral range (32768–60999), which outgoing
 * connections take their local ports from, so a port picked here is not taken by some test's
 * connection before the process it is meant for binds it; and above every port `fetch` refuses.
 */
const LOWEST = 20_000;
const HIGHEST = 32_000;

/** A TCP port that was free a moment ago, picked at random below the ephemeral range. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST));
    if (await bindable(port)) return port;
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Whether `port` is free as `npm start` checks its ports (scripts/processes.ts): nothing is left on it. */
export const portIsFree = (port: number | string): Promise<boolean> =>
  assertPortFree(Number(port), "test").then(
    () => true,
    () => false,
  );
