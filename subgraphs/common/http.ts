import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ErrorRequestHandler, Express, RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { REQUEST_ID_HEADER } from "./envelope";
import { redactSerializedRequest, redactSerializedResponse } from "./log-redaction";
import { currentTraceId } from "./telemetry";

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,100}$/;

/** The request id a caller sent in `x-request-id` when it is well-formed, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && REQUEST_ID_RE.test(given) ? given : randomUUID();
}

/**
 * Logs every request as one JSON line with its request id; probes are not logged. Headers that
 * carry credentials or the identity envelope are logged as "[Redacted]", whatever `log` is.
 */
export function requestLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    serializers: { req: redactSerializedRequest, res: redactSerializedResponse },
    genReqId: (req, res) => {
      const id = requestIdOf(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/health" || req.url === "/ready" },
    quietReqLogger: true,
  });
}

/**
 * How long an idle keep-alive connection stays open. Longer than a client or load balancer keeps
 * one idle (the gateway's fetcher half as long: gateway/subgraph-fetcher.ts; balancers commonly
 * 60 s), so the server never closes a socket just as a client sends on it, which the
 * client would see as a reset connection and the gateway as an outage of that subgraph. (Node's
 * default, 5 s, made a request after a 5-second pause fail now and then.)
 */
export const KEEP_ALIVE_MS = 65_000;

/** Listens and resolves with the bound port; rejects with a message naming the port in use. */
export function listen(
  app: Express,
  port: number,
  host: string,
  what: string,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
    server.once("listening", () => resolve({ server, port: (server.address() as AddressInfo).port }));
    server.once("error", (err: NodeJS.ErrnoException) => {
      reject(err.code === "EADDRINUSE" ? new Error(`Port ${port} (${what}) is already in use`) : err);
    });
  });
}

/** Closes the HTTP server, ending idle keep-alive connections so shutdown is prompt. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/**
 * The last handlers of every service: unknown routes get a JSON 404, and an unexpected error a
 * JSON 500 with the request id and trace id (the stack goes to the log only). Oversized or malformed bodies
 * keep their 4xx status and say what was wrong.
 */
export function errorHandlers(log: Logger): [RequestHandler, ErrorRequestHandler] {
  const notFound: RequestHandler = (req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: `No route ${req.method} ${req.path}`, extensions: { code: "NOT_FOUND" } }] });
  };
  const failed: ErrorRequestHandler = (err: Error & { status?: number; type?: string }, req, res, _next) => {
    const traceId = currentTraceId();
    const requestId = String(req.id ?? "");
    const ids = traceId ? { requestId, traceId } : { requestId };
    if (err.status && err.status >= 400 && err.status < 500) {
      const code = err.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
      const message =
        err.status === 413
          ? `The request body is over the limit of ${(err as { limit?: number }).limit ?? "the"} bytes`
          : err.message;
      return void res.status(err.status).json({ errors: [{ message, extensions: { code, ...ids } }] });
    }
    log.error({ err, ...ids }, "request failed");
    res.status(500).json({
      errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", ...ids } }],
    });
  };
  return [notFound, failed];
}
