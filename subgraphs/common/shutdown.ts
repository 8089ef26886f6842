import type { Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** How long a stopping service lets requests in flight finish (SHUTDOWN_GRACE_MS). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export interface Drain {
  /**
   * Stops taking connections, closes idle keep-alive connections at once, answers what is in
   * flight with `Connection: close` and closes each connection after its last answer; connections
   * still busy after `graceMs` are cut. Resolves when no connection is left: true when all
   * finished in time.
   */
  (graceMs: number): Promise<boolean>;
}

/**
 * Watches `server`'s connections from now on (call it before it takes requests) and returns the
 * function that drains it. Node's own `server.close()` waits for keep-alive connections a
 * client keeps busy (forever, under steady load) and cuts requests in flight when it closes
 * idle ones; this counts requests per connection instead.
 */
export function drainable(server: Server): Drain {
  const inFlight = new Map<Socket, number>();
  const unanswered = new Set<ServerResponse>();
  let draining = false;
  server.on("connection", (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once("close", () => inFlight.delete(socket));
  });
  server.on("request", (req, res) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (draining) res.setHeader("connection", "close");
    unanswered.add(res);
    res.once("close", () => {
      unanswered.delete(res);
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });
  return (graceMs) => {
    draining = true;
    for (const res of unanswered) if (!res.headersSent) res.setHeader("connection", "close");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [socket, requests] of inFlight) if (requests === 0) socket.end();
    let timer: NodeJS.Timeout | undefined;
    const cut = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        for (const socket of inFlight.keys()) socket.destroy();
        resolve(false);
      }, graceMs);
    });
    return Promise.race([closed.then(() => true), cut]).finally(() => clearTimeout(timer));
  };
}
