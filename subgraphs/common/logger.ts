import pino, { type Logger } from "pino";

/** Structured JSON logs on stdout, one line per event; `service` names the process. */
export function createLogger(service: string, level: string): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
