import type { Identity } from "../subgraphs/common/identity";

/** Per-request gateway context: who calls, and the id that follows the request everywhere. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The caller's address, for limits on anonymous callers. */
  clientIp: string;
}
