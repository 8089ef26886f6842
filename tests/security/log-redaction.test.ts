import { Readable } from "node:stream";
import { ENVELOPE_HEADER, SIGNATURE_HEADER } from "../../subgraphs/common/envelope";
import { REDACTED } from "../../subgraphs/common/log-redaction";
import { startCity, type City } from "../helpers/city";
import { streamDownload, streamUpload } from "../helpers/http-stream";
import { bearer, signToken } from "../helpers/tokens";

/** The department query of the README: one request that reaches all four subgraphs. */
const DEPARTMENT = `{ department(id: "6") { code head { fullName } appealStats { total } controlStats { onControl }
  tenders(first: 1) { totalCount } budgetSummary(year: 2026) { approved } } }`;

/** Every key/value pair anywhere in a parsed log line. */
function* entries(value: unknown): Generator<[string, unknown]> {
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    yield [key, inner];
    yield* entries(inner);
  }
}

/**
 * Everything the gateway and the four subgraphs log during one run, at level trace, searched for
 * the caller's token, its cookie and the identity envelope: none of them may be there, while
 * the redaction marker shows where they were.
 */
describe("log redaction", () => {
  let city: City;
  const log: string[] = [];
  let token: string;
  const cookie = "session=cookie-secret-5f1c9a";
  const forged = {
    [ENVELOPE_HEADER]: "envelope-secret-77ab",
    [SIGNATURE_HEADER]: "signature-secret-91cd",
    "x-emisto-nonce": "nonce-secret-3e2f",
  };
  beforeAll(async () => {
    city = await startCity({ logDestination: { write: (line: string) => void log.push(line) } });
    token = await signToken({ roles: ["manager"], departmentId: "6" }, { sub: "9" });

    const headers = { ...bearer(token), cookie, "x-request-id": "redaction-graphql" };
    const answer = await city.query(DEPARTMENT, undefined, headers);
    expect([answer.status, answer.body.errors, answer.body.data.department.code]).toEqual([200, undefined, "12"]);

    const letter = Buffer.from("%PDF-1.4 redaction test");
    const upload = await streamUpload(`${city.base}/files/documents/11`, Readable.from([letter]), {
      ...bearer(token),
      cookie,
      "content-type": "application/pdf",
      "x-file-name": "a.pdf",
      "x-request-id": "redaction-upload",
    });
    expect(upload.status).toBe(201);
    const download = await streamDownload(`${city.base}/files/documents/11/versions/${upload.json.version}`, {
      ...bearer(token),
      "x-request-id": "redaction-download",
    });
    expect(download.status).toBe(200);

    const refused = await city.query("{ viewer { roles } }", undefined, {
      authorization: `Bearer ${token}x`,
      "x-request-id": "redaction-refused",
    });
    expect(refused.status).toBe(401);

    // Envelope headers sent straight to a subgraph are refused, and logged without their values.
    const direct = await fetch(city.subgraphs.documents.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "en",
        "x-request-id": "redaction-direct",
        ...forged,
      },
      body: JSON.stringify({ query: "{ departments { id } }" }),
    });
    expect(direct.status).toBe(401);

    // pino-http logs a request once its response has finished; give the last lines a moment.
    const ids = [
      "redaction-graphql",
      "redaction-upload",
      "redaction-download",
      "redaction-refused",
      "redaction-direct",
    ];
    for (
      let i = 0;
      i < 50 && !ids.every((id) => log.some((l) => l.includes(`"reqId":"${id}"`) && l.includes("request completed")));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(() => city?.stop());

  it("logs requests of every service", () => {
    const services = new Set(log.filter((l) => l.includes('"headers"')).map((l) => JSON.parse(l).service));
    expect([...services].sort()).toEqual(["appeals", "budget", "documents", "gateway", "procurement"]);
  });

  it("never writes the token, its signature, the cookie or an envelope header's value", () => {
    const text = log.join("");
    const [, , signature] = token.split(".");
    const secrets = [token, signature, cookie, "cookie-secret-5f1c9a", ...Object.values(forged)];
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
    // Tokens and envelopes are base64url JSON: none of it may be logged, whatever the header.
    expect(text.match(/eyJ[A-Za-z0-9_-]{8,}/g)).toBeNull();
  });

  it("shows the redaction marker for every secret header, in every service that received one", () => {
    const secretHeaders = new Map<string, Set<unknown>>();
    const receivedBy = new Map<string, Set<string>>();
    for (const line of log) {
      const parsed = JSON.parse(line);
      for (const [key, value] of entries(parsed)) {
        if (!/^(authorization|cookie|set-cookie|x-emisto-.*)$/.test(key)) continue;
        secretHeaders.set(key, (secretHeaders.get(key) ?? new Set()).add(value));
        receivedBy.set(key, (receivedBy.get(key) ?? new Set()).add(parsed.service));
      }
    }
    // Whatever headers the envelope adds later must show the marker too, hence every x-emisto- key.
    const logged = Object.fromEntries([...secretHeaders].map(([k, v]) => [k, [...v]]));
    expect(Object.keys(logged)).toEqual(
      expect.arrayContaining(["authorization", "cookie", ENVELOPE_HEADER, SIGNATURE_HEADER, "x-emisto-nonce"]),
    );
    expect(logged).toEqual(Object.fromEntries(Object.keys(logged).map((k) => [k, [REDACTED]])));
    expect([...receivedBy.get(ENVELOPE_HEADER)!].sort()).toEqual(["appeals", "budget", "documents", "procurement"]);
    expect([...receivedBy.get("authorization")!]).toEqual(["gateway"]);
  });
});
