import { connect, createServer, type Socket } from "node:net";
import pino from "pino";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { createLogger } from "../../subgraphs/common/logger";
import { startSubgraph } from "../../subgraphs/common/server";
import { SUBGRAPHS } from "../../subgraphs/registry";
import { prepareDatabase } from "../../scripts/prepare-database";
import { createTestDatabase } from "../helpers/database";

/**
 * A subgraph's `/ready` answers anyone: whether it is ready and why not, never where its database
 * is. The database is reached through a TCP relay here, so the test can take it away.
 */
describe("subgraph readiness", () => {
  it("names no address, user or migration, and logs the detail", async () => {
    const db = await createTestDatabase();
    await prepareDatabase(db.url, "none", pino({ level: "silent" }));
    const target = new URL(db.url);
    const sockets = new Set<Socket>();
    const relay = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("error", () => s.destroy()).on("close", () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const relayPort = (relay.address() as { port: number }).port;
    const viaRelay = new URL(db.url);
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = String(relayPort);
    const log: string[] = [];
    const config = {
      ...loadSubgraphConfig(SUBGRAPHS.budget, { DATABASE_URL: viaRelay.toString() }),
      port: 0,
      host: "127.0.0.1",
      migrateOnStart: false,
    };
    const budget = await startSubgraph(SUBGRAPHS.budget, config, {
      log: createLogger("budget", "info", { write: (l: string) => void log.push(l) }),
    });
    const ready = async () => {
      const response = await fetch(new URL("/ready", budget.url));
      return { status: response.status, text: await response.text() };
    };
    try {
      expect(await ready()).toEqual({ status: 200, text: JSON.stringify({ status: "ready", service: "budget" }) });

      const [{ name }] = await db.query<{ name: string }>(
        `DELETE FROM budget.migrations WHERE id = (SELECT max(id) FROM budget.migrations) RETURNING name`,
      );
      expect(await ready()).toEqual({
        status: 503,
        text: JSON.stringify({ status: "not ready", service: "budget", reason: "pending migrations: 1" }),
      });
      expect(log.filter((l) => l.includes("pending migrations")).map((l) => JSON.parse(l).pending)).toEqual([[name]]);

      relay.close();
      for (const s of sockets) s.destroy();
      const down = await ready();
      expect(down).toEqual({
        status: 503,
        text: JSON.stringify({ status: "not ready", service: "budget", reason: "database unreachable" }),
      });
      const detail = log.filter((l) => l.includes("database unreachable")).join("");
      expect(detail).toContain(String(relayPort));
      expect(
        [String(relayPort), "127.0.0.1", target.username, name].filter((secret) => down.text.includes(secret)),
      ).toEqual([]);
    } finally {
      relay.close();
      for (const s of sockets) s.destroy();
      await budget.stop().catch(() => undefined);
      await db.drop();
    }
  });
});
