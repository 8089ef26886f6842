import { createServer, connect, type Server, type Socket } from "node:net";
import pino from "pino";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { startSubgraph } from "../../subgraphs/common/server";
import { SUBGRAPHS, type SubgraphName } from "../../subgraphs/registry";
import type { City } from "./city";

/**
 * Takes one subgraph of a city down as a crash looks from outside: its port closed, its pool
 * gone. Bring it back with restartSubgraph before the city stops.
 */
export async function stopSubgraph(city: City, name: SubgraphName): Promise<void> {
  await city.subgraphs[name].stop();
}

/** Starts a stopped subgraph again on its old port, as startCity configured it (or with `databaseUrl`). */
export async function restartSubgraph(city: City, name: SubgraphName, databaseUrl = city.db.url): Promise<void> {
  const port = city.subgraphs[name].port;
  const env = {
    DATABASE_URL: databaseUrl,
    FILES_DIR: city.filesDir,
    ...Object.fromEntries(Object.values(city.subgraphs).map((h) => [`${h.name.toUpperCase()}_URL`, h.url])),
  };
  const config = { ...loadSubgraphConfig(SUBGRAPHS[name], env), port, host: "127.0.0.1", migrateOnStart: false };
  city.subgraphs[name] = await startSubgraph(SUBGRAPHS[name], config, {
    log: pino({ level: "silent" }),
    sqlSink: city.sql[name],
  });
}

/**
 * A TCP relay in front of PostgreSQL whose `cut()` makes the database go away for whoever uses
 * it: open connections are dropped (node-postgres: "Connection terminated unexpectedly") and new
 * ones refused (ECONNREFUSED), while other clients of the same server go on.
 */
export async function startDatabaseRelay(databaseUrl: string): Promise<{ url: string; cut(): Promise<void> }> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: url.toString(),
    async cut() {
      const closed = new Promise((resolve) => server.close(resolve));
      sockets.forEach((s) => s.destroy());
      await closed;
    },
  };
}
