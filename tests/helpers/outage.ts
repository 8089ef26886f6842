import { createServer as createHttpServer } from "node:http";
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

export interface DatabaseRelay {
  url: string;
  /** The database gone: open connections dropped ("Connection terminated unexpectedly"), new ones refused. */
  cut(): Promise<void>;
  /** The database hanging: open connections dropped, new ones accepted and never answered. */
  stall(): void;
}

/**
 * A TCP relay in front of PostgreSQL that makes the database go away or hang for whoever uses it,
 * while other clients of the same server go on.
 */
export async function startDatabaseRelay(databaseUrl: string): Promise<DatabaseRelay> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let stalled = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
  };
  const server: Server = createServer((client) => {
    track(client);
    if (stalled) return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    track(upstream);
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
    stall() {
      stalled = true;
      sockets.forEach((s) => s.destroy());
    },
  };
}

/** An HTTP server that reads each request and never answers: a subgraph hung. */
export async function startSilentServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createHttpServer((req) => req.resume());
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`,
    async stop() {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
