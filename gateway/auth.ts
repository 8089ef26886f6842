import type { IncomingMessage } from "node:http";
import { ANONYMOUS, type Identity } from "../subgraphs/common/identity";

/**
 * The caller's identity for one request. Every caller is anonymous until token verification
 * (Authorization: Bearer <JWT>) lands here; nothing else in the gateway changes when it does.
 */
export async function identify(_req: IncomingMessage): Promise<Identity> {
  return ANONYMOUS;
}
