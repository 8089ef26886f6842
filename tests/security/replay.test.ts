import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { startSubgraph, type SubgraphHandle } from "../../subgraphs/common/server";
import { SUBGRAPHS } from "../../subgraphs/registry";
import pino from "pino";
import { startCity, startGateway, type City } from "../helpers/city";
import { startRecordingProxy, type Recorded } from "../helpers/recording-proxy";
import { staffHeaders } from "../helpers/tokens";

const REDIS_URL = process.env.REDIS_URL;

/**
 * Headers captured on the way from the gateway to a subgraph are worth nothing: the signature
 * covers the method, the target subgraph, the exact body and a single-use nonce.
 */
describe("a captured identity envelope", () => {
  let city: City;
  let captured: Recorded;
  const refused = (message: string) => ({
    status: 401,
    body: {
      errors: [
        {
          message: `${message}: subgraphs answer only requests signed by the gateway`,
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    },
  });
  const replay = async (url: string, body: string, headers = captured.headers) => {
    const { host: _host, "content-length": _length, ...rest } = headers;
    const response = await fetch(url, { method: "POST", headers: rest, body });
    return { status: response.status, body: await response.json() };
  };
  const state = async () => ({
    documents: await city.db.query(`SELECT count(*)::int AS n FROM documents.document`),
    dueDates: await city.db.query(`SELECT id, due_date::text FROM appeals.appeal ORDER BY id`),
  });
  let before: Awaited<ReturnType<typeof state>>;

  beforeAll(async () => {
    city = await startCity({ env: REDIS_URL ? { REDIS_URL } : {} });
    const proxy = await startRecordingProxy(city.subgraphs.documents.url);
    const gateway = await startGateway(city, { DOCUMENTS_URL: proxy.url });
    const manager = await staffHeaders("9", "6", "manager");
    const answer = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en", ...manager },
      body: JSON.stringify({ query: "{ viewer { roles } }" }),
    });
    expect(await answer.json()).toEqual({ data: { viewer: { roles: ["MANAGER"] } } });
    await gateway.stop();
    await proxy.stop();
    expect(proxy.recorded).toHaveLength(1);
    captured = proxy.recorded[0];
    before = await state();
  });
  afterAll(() => city?.stop());

  it("is refused with another body on the same subgraph", async () => {
    const body = JSON.stringify({
      query: `mutation { registerDocument(input: { kind: INCOMING, title: "Підроблений", departmentId: "6", accessLevel: PUBLIC }) { id } }`,
    });
    expect(await replay(city.subgraphs.documents.url, body)).toEqual(
      refused("Identity envelope is for another request body"),
    );
  });

  it("is refused on another subgraph", async () => {
    const body = JSON.stringify({
      query: `mutation { extendAppealDeadline(id: "1", reason: "replay", dueDate: "2030-01-01") { id } }`,
    });
    expect(await replay(city.subgraphs.appeals.url, body)).toEqual(
      refused("Identity envelope is for documents, not appeals"),
    );
  });

  it("is refused when the same request is sent again", async () => {
    expect(await replay(city.subgraphs.documents.url, captured.body)).toEqual(
      refused("Identity envelope was already used (a replay)"),
    );
  });

  (REDIS_URL ? it : it.skip)("is refused by another replica of the subgraph (nonces shared in Redis)", async () => {
    const config = {
      ...loadSubgraphConfig(SUBGRAPHS.documents, { DATABASE_URL: city.db.url, REDIS_URL }),
      port: 0,
      host: "127.0.0.1",
      migrateOnStart: false,
    };
    const replica: SubgraphHandle = await startSubgraph(SUBGRAPHS.documents, config, {
      log: pino({ level: "silent" }),
    });
    try {
      expect(await replay(replica.url, captured.body)).toEqual(
        refused("Identity envelope was already used (a replay)"),
      );
    } finally {
      await replica.stop();
    }
  });

  it("changed nothing", async () => {
    expect(await state()).toEqual(before);
  });
});
