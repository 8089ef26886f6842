import { request } from "node:http";
import { context, propagation } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { signEnvelope, STREAMED_BODY } from "../subgraphs/common/envelope";
import type { Identify } from "./auth";

const FORWARDED = ["content-type", "content-length", "x-file-name"];
const RETURNED = [
  "content-type",
  "content-length",
  "content-disposition",
  "x-content-type-options",
  "content-security-policy",
  "x-content-sha256",
  "cache-control",
  "connection",
];

/**
 * A plain HTTP prefix of a subgraph on the gateway's port (documents' `/files`, procurement's
 * `/ocds`): the caller's token is verified here, the identity is signed as for GraphQL, and the
 * bytes are piped to and from the subgraph unbuffered, so a 100 MB file passes through without
 * sitting in memory.
 */
export function subgraphProxy(
  prefix: string,
  target: string,
  subgraphUrl: string,
  identify: Identify,
  secret: string,
  log: Logger,
): RequestHandler {
  const origin = new URL(subgraphUrl);
  return async (req, res) => {
    const requestId = String(req.id);
    let identity;
    try {
      identity = await identify(req);
    } catch (err) {
      req.resume();
      const message = err instanceof GraphQLError ? err.message : "Token could not be verified";
      return void res.status(401).json({ errors: [{ message, extensions: { code: "UNAUTHENTICATED", requestId } }] });
    }
    // Signed for this one request; the body streams through unread, so it is signed as STREAMED_BODY.
    const headers: Record<string, string> = signEnvelope(identity, requestId, secret, {
      method: req.method,
      target,
      path: `${prefix}${req.url}`,
      bodySha256: STREAMED_BODY,
    });
    for (const name of FORWARDED)
      if (typeof req.headers[name] === "string") headers[name] = req.headers[name] as string;
    if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;
    // The gateway request's trace continues in the subgraph (traceparent, beside the envelope: not signed).
    propagation.inject(context.active(), headers);
    const upstream = request(
      // A connection per transfer: an upload refused early leaves unread bytes that must not
      // poison a pooled keep-alive socket.
      {
        protocol: origin.protocol,
        hostname: origin.hostname,
        port: origin.port,
        method: req.method,
        path: `${prefix}${req.url}`,
        headers,
        agent: false,
      },
      (answer) => {
        res.status(answer.statusCode ?? 502);
        for (const name of RETURNED) if (answer.headers[name] !== undefined) res.setHeader(name, answer.headers[name]!);
        // Whatever the subgraph sent, a browser must not guess a type from the bytes.
        res.setHeader("x-content-type-options", "nosniff");
        answer.pipe(res);
      },
    );
    // The caller gone mid-transfer (upload or download): close the subgraph's side at once, so
    // it stops waiting for bytes (and drops the partial file) or stops reading the file.
    let abandoned = false;
    res.once("close", () => {
      if (res.writableFinished) return;
      abandoned = true;
      upstream.destroy();
    });
    upstream.on("error", (err) => {
      if (abandoned) return void log.info({ requestId, prefix }, "transfer abandoned by the client");
      log.error({ err, requestId, prefix }, "subgraph route unreachable");
      if (!res.headersSent)
        res.status(502).json({
          errors: [
            {
              message: `The service behind ${prefix} is not reachable; try again later`,
              extensions: { code: "SERVICE_UNAVAILABLE", requestId },
            },
          ],
        });
      else res.destroy();
    });
    req.pipe(upstream);
  };
}
