import pino, { type DestinationStream, type Logger } from "pino";
import { REDACTION_OPTIONS } from "./log-redaction";
import { currentTraceId } from "./telemetry";

/**
 * Structured JSON logs, one line per event; `service` names the process. Written to stdout, or
 * to `destination` (tests capture every line). Tokens, cookies and the identity envelope are
 * redacted (log-redaction.ts). A line written inside a traced request carries its `traceId`.
 */
export function createLogger(service: string, level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const traceId = currentTraceId();
      return traceId ? { traceId } : {};
    },
    ...REDACTION_OPTIONS,
  };
  return destination ? pino(options, destination) : pino(options);
}
