import type { Logger } from "pino";
import { respawnService, type Service } from "./processes";

/**
 * When a service that was up exits, it is started again after a delay that doubles with each
 * recent exit (`firstDelayMs`, 2×, 4×, … up to `maxDelayMs`); the `limit`-th exit within
 * `windowMs` is a crash loop, and restarting stops there.
 */
export interface RestartPolicy {
  limit: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const RESTART_POLICY: RestartPolicy = { limit: 5, windowMs: 60_000, firstDelayMs: 200, maxDelayMs: 5_000 };

export interface Supervisor {
  /** No more restarts (pending ones are cancelled): call before stopping the services on purpose. */
  stop(): void;
}

/**
 * Watches `services` (already up) and restarts each that exits, logging a line that names it and
 * how it ended. On a crash loop it restarts nothing more and calls `onCrashLoop` once with a
 * message naming the service and its last stderr lines.
 */
export function superviseServices(
  services: readonly Service[],
  log: Logger,
  onCrashLoop: (message: string) => void,
  policy: RestartPolicy = RESTART_POLICY,
): Supervisor {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const watch = (service: Service, exits: number[]) =>
    service.child.once("exit", (code, signal) => {
      if (stopped) return;
      const now = Date.now();
      exits.push(now);
      while (exits[0] <= now - policy.windowMs) exits.shift();
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      if (exits.length >= policy.limit) {
        stopped = true;
        for (const timer of timers) clearTimeout(timer);
        const lines = service.stderr.length ? service.stderr.map((l) => `  ${l}`).join("\n") : "  (nothing)";
        log.error({ serviceName: service.name, code, signal }, `${service.name} ${how}: crash loop, not restarted`);
        onCrashLoop(
          `${service.name} exited ${exits.length} times within ${policy.windowMs / 1000} s (last: ${how}); ` +
            `stopping e-Misto instead of restarting it again. Its last lines on stderr:\n${lines}`,
        );
        return;
      }
      const delay = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (exits.length - 1));
      log.warn(
        { serviceName: service.name, code, signal, delay },
        `${service.name} ${how}; restarting it in ${delay} ms`,
      );
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopped) return;
        respawnService(service);
        watch(service, exits);
        log.info({ serviceName: service.name, pid: service.child.pid }, `${service.name} restarted`);
      }, delay);
      timers.add(timer);
    });
  for (const service of services) watch(service, []);
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
