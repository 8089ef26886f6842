import express, { type Request, type RequestHandler, type Response } from "express";
import {
  bodyHash,
  checkBody,
  EnvelopeError,
  MAX_ENVELOPE_AGE_MS,
  STREAMED_BODY,
  verifyEnvelope,
  type Envelope,
} from "./envelope";
import type { NonceStore } from "./nonce-store";

/**
 * Express guards of a subgraph's endpoints: only requests signed by the gateway for exactly this
 * request pass, each once. The verified envelope is left in `res.locals.envelope`.
 */
export interface EnvelopeGuards {
  /** `/graphql`: checks the headers, reads the JSON body (up to `limit`) and checks its hash. */
  graphql(limit: string): RequestHandler[];
  /** Streamed routes (`/files`): checks the headers; the body is passed on unread. */
  streamed: RequestHandler;
}

export function envelopeGuards(secret: string, target: string, nonces: NonceStore): EnvelopeGuards {
  const refuse = (res: Response, err: EnvelopeError) =>
    void res.status(401).json({
      errors: [
        {
          message: `${err.message}: subgraphs answer only requests signed by the gateway`,
          extensions: { code: "UNAUTHENTICATED" },
        },
      ],
    });
  const headers: RequestHandler = (req, res, next) => {
    try {
      res.locals.envelope = verifyEnvelope(req.headers, secret, { method: req.method, target, path: req.originalUrl });
      next();
    } catch (err) {
      if (!(err instanceof EnvelopeError)) return next(err);
      req.resume();
      refuse(res, err);
    }
  };
  // The nonce is claimed last, once everything else has been checked, so a forged or mismatched
  // request cannot use up the nonce of the genuine one.
  const accept =
    (bodySha256: (req: Request, res: Response) => string): RequestHandler =>
    async (req, res, next) => {
      const envelope = res.locals.envelope as Envelope;
      try {
        checkBody(envelope, bodySha256(req, res));
        if (!(await nonces.claim(envelope.nonce, 2 * MAX_ENVELOPE_AGE_MS)))
          throw new EnvelopeError("Identity envelope was already used (a replay)");
        next();
      } catch (err) {
        if (!(err instanceof EnvelopeError)) return next(err);
        req.resume();
        refuse(res, err);
      }
    };
  return {
    graphql: (limit) => [
      headers,
      express.json({
        limit,
        verify: (_req, res, buffer) => void ((res as Response).locals.bodySha256 = bodyHash(buffer)),
      }),
      accept((_req, res) => (res.locals.bodySha256 as string | undefined) ?? bodyHash("")),
    ],
    streamed: (req, res, next) =>
      headers(req, res, (err?: unknown) => (err ? next(err) : accept(() => STREAMED_BODY)(req, res, next))),
  };
}
