import type { Language } from "../subgraphs/common/i18n/catalogue";
import type { Identity } from "../subgraphs/common/identity";

/** Per-request gateway context: who calls, and the id that follows the request everywhere. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The caller's address, for limits on anonymous callers. */
  clientIp: string;
  /** The language errors are given in: Ukrainian unless Accept-Language prefers English. */
  language: Language;
}
