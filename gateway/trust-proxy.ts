import { isIP } from "node:net";
import { ConfigError } from "../subgraphs/common/env";

/**
 * Which proxies in front of the gateway are trusted to say who the client is, as express's
 * `trust proxy` setting takes it: false (nobody: the client is the socket's peer), a number of
 * hops, or addresses and subnets (and express's names loopback, linklocal, uniquelocal). `req.ip`
 * is then the first address in `X-Forwarded-For`, from the right, that is not a trusted proxy;
 * addresses further left were written by the client and are never believed.
 */
export type TrustProxy = false | number | string[];

const NAMED = ["loopback", "linklocal", "uniquelocal"];

/** An address, a subnet (`10.0.0.0/8`, `fd00::/8`, `10.0.0.0/255.0.0.0`) or one of express's names. */
function isProxyEntry(entry: string): boolean {
  if (NAMED.includes(entry)) return true;
  const [address, prefix, extra] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(prefix) === 4;
}

/**
 * Parses TRUST_PROXY: unset trusts nobody, a whole number is that many hops, otherwise a
 * comma-separated list of addresses, subnets and names. `true` (trust every hop) is refused:
 * with it any client could choose its own address by sending `X-Forwarded-For`.
 */
export function parseTrustProxy(name: string, value: string | undefined): TrustProxy {
  if (value === undefined) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(",").map((e) => e.trim());
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (bad.length > 0) {
    throw new ConfigError(
      `${name} must be a number of proxy hops or a comma-separated list of proxy addresses, subnets, loopback, linklocal or uniquelocal; "${bad.join('", "')}" is none of them`,
    );
  }
  return entries;
}
