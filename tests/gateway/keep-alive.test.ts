import { connect } from "node:net";
import { startCity, type City } from "../helpers/city";

/** Whether a keep-alive connection to `port` is still open `idleMs` after its first answer. */
async function openAfterIdle(port: number, idleMs: number): Promise<boolean> {
  const socket = connect(port, "127.0.0.1");
  let closed = false;
  socket.on("close", () => (closed = true));
  socket.on("error", () => (closed = true));
  await new Promise<void>((resolve) => {
    socket.once("data", () => resolve());
    socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
  });
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const open = !closed;
  socket.destroy();
  return open;
}

/**
 * The gateway and the subgraphs keep an idle connection open longer than Node's 5 s: a client
 * (the gateway's fetcher to a subgraph, a balancer to the gateway) that sends on a connection idle
 * that long must not meet a socket the server is closing at that moment (KEEP_ALIVE_MS).
 */
describe("keep-alive connections", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  it("stay open after 6 idle seconds on the gateway and on every subgraph", async () => {
    const ports = {
      gateway: Number(new URL(city.base).port),
      ...Object.fromEntries(Object.values(city.subgraphs).map((s) => [s.name, s.port])),
    };
    const open = await Promise.all(
      Object.entries(ports).map(async ([name, port]) => [name, await openAfterIdle(port, 6_000)]),
    );
    expect(Object.fromEntries(open)).toEqual(Object.fromEntries(Object.keys(ports).map((name) => [name, true])));
  });
});
