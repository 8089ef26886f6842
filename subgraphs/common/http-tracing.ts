import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { tracer } from "./telemetry";

/**
 * A SERVER span around each HTTP request, continuing the caller's trace when it sent a W3C
 * `traceparent` (the gateway does on every subgraph call); what the request does afterwards runs
 * in it. The request and response emitters are bound to its context, so work resumed from their
 * events (a parsed body, the final log line) stays in the trace. `traceparent` is not part of the
 * identity envelope: a forged one can only misfile a span, never act for anyone.
 */
export function traceRequests(service: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer().startSpan(
      `${req.method} ${req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { "http.request.method": req.method, "url.path": req.path, "emisto.service": service },
      },
      parent,
    );
    const active = trace.setSpan(parent, span);
    let ended = false;
    // "close" follows "finish", or comes alone when the client went away first.
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once("finish", end);
    res.once("close", end);
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}
