import { randomUUID } from "node:crypto";
import { loadGatewayConfig } from "../../gateway/config";
import { postGraphQL, startCity, startGateway, type City } from "../helpers/city";
import { contractOperation } from "../helpers/contract";

const SUBMIT = contractOperation("portal", "SubmitAppeal");
const input = () => ({
  idempotencyKey: randomUUID(),
  type: "PROPOSAL",
  category: "roads",
  subject: "Освітлення двору",
  text: "Прошу відновити освітлення у дворі.",
  applicant: { fullName: "Олег Бондар", address: "м. Житомир, вул. Садова, 5", email: "oleh@example.com" },
});

/**
 * Anonymous submissions are limited per client address. Behind a reverse proxy that address is in
 * X-Forwarded-For, believed only as far as TRUST_PROXY says: unset, every caller is the socket's
 * peer; with the proxy trusted, each client has a bucket of its own and cannot leave it by
 * writing addresses of its choice to the left of what the proxy appended.
 */
describe("client address behind a reverse proxy", () => {
  let city: City;
  beforeAll(async () => {
    city = await startCity();
  });
  afterAll(() => city?.stop());

  /** Submits through `url` as an anonymous client whose proxy chain sent `forwardedFor`. */
  const submit = async (url: string, forwardedFor?: string) => {
    const { body } = await postGraphQL(
      url,
      SUBMIT,
      { input: input() },
      forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    );
    return body.errors?.[0].extensions.code ?? body.data.submitAppeal.status;
  };
  const withGateway = async (env: Record<string, string>, run: (url: string) => Promise<void>) => {
    const gateway = await startGateway(city, { RATE_LIMIT_POINTS: "1", RATE_LIMIT_WINDOW_SECONDS: "600", ...env });
    try {
      await run(gateway.url);
    } finally {
      await gateway.stop();
    }
  };

  it("without TRUST_PROXY ignores X-Forwarded-For: every caller through the proxy shares one bucket", () =>
    withGateway({}, async (url) => {
      expect([await submit(url, "203.0.113.10"), await submit(url, "203.0.113.11"), await submit(url)]).toEqual([
        "REGISTERED",
        "RATE_LIMITED",
        "RATE_LIMITED",
      ]);
    }));

  it("with TRUST_PROXY=1 gives each client its own bucket, and a spoofed left-most address does not escape it", () =>
    withGateway({ TRUST_PROXY: "1" }, async (url) => {
      expect([
        await submit(url, "203.0.113.20"),
        await submit(url, "203.0.113.21"),
        await submit(url, "203.0.113.20"),
        // The client 203.0.113.21 sent "198.51.100.1" itself; the trusted proxy appended what it saw.
        await submit(url, "198.51.100.1, 203.0.113.21"),
        await submit(url, "198.51.100.2, 198.51.100.3, 203.0.113.21"),
        // The proxy's own address (the socket's peer) is a caller of its own.
        await submit(url),
      ]).toEqual(["REGISTERED", "REGISTERED", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED", "REGISTERED"]);
    }));

  it("with TRUST_PROXY=loopback believes the proxy on loopback only, never the client's own entries", () =>
    withGateway({ TRUST_PROXY: "loopback" }, async (url) => {
      expect([
        await submit(url, "203.0.113.30"),
        await submit(url, "203.0.113.31"),
        await submit(url, "127.0.0.1, 203.0.113.30"),
        await submit(url, "203.0.113.99, 203.0.113.31"),
      ]).toEqual(["REGISTERED", "REGISTERED", "RATE_LIMITED", "RATE_LIMITED"]);
    }));

  it("reads TRUST_PROXY as hops or addresses and subnets, refusing anything else by name", () => {
    expect(loadGatewayConfig({}).trustProxy).toBe(false);
    expect(loadGatewayConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(
      loadGatewayConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8, 192.168.1.7, fd00::/8, 172.16.0.0/255.240.0.0" })
        .trustProxy,
    ).toEqual(["loopback", "10.0.0.0/8", "192.168.1.7", "fd00::/8", "172.16.0.0/255.240.0.0"]);
    const refused = (value: string) => () => loadGatewayConfig({ TRUST_PROXY: value });
    const message = (bad: string) =>
      `TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses, subnets, loopback, linklocal or uniquelocal; "${bad}" is none of them`;
    expect(refused("true")).toThrow(message("true"));
    expect(refused("proxy.example.com")).toThrow(message("proxy.example.com"));
    expect(refused("10.0.0.0/33, 10.0.0.1")).toThrow(message("10.0.0.0/33"));
    expect(refused("10.0.0.1,")).toThrow(message(""));
    expect(refused("-1")).toThrow(message("-1"));
  });
});
