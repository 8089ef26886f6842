import { Router, type Response } from "express";
import { GraphQLError } from "graphql";
import type { SubgraphRouteDeps } from "../common/definition";
import type { Identity } from "../common/identity";
import { openVersion, uploadVersion } from "./services/document-files.service";
import { FileStore } from "./services/file-store";

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413, FILE_CORRUPTED: 500,
};

/** Same error shape as GraphQL responses, with the HTTP status that fits the code. */
function fail(res: Response, err: unknown, deps: SubgraphRouteDeps, requestId: string): void {
  if (err instanceof GraphQLError && typeof err.extensions.code === "string") {
    if (err.extensions.code === "FILE_CORRUPTED") deps.log.error({ requestId, err: err.message }, "file integrity check failed");
    return void res.status(STATUS[err.extensions.code] ?? 400).json({ errors: [{ message: err.message, extensions: { ...err.extensions, requestId } }] });
  }
  deps.log.error({ err, requestId }, "file request failed");
  if (!res.headersSent) res.status(500).json({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
  else res.destroy();
}

/**
 * `POST /files/documents/:id` (the raw bytes; Content-Type and X-File-Name headers) adds a file
 * version; `GET /files/documents/:id/versions/:version` streams one. Reached only through the
 * gateway (the identity envelope is checked before these routes).
 */
export function documentFilesRouter(deps: SubgraphRouteDeps): Router {
  const store = new FileStore(deps.config.files!.dir);
  const router = Router();
  const actorOf = (res: Response) => {
    const { identity, requestId } = res.locals.envelope as { identity: Identity; requestId: string };
    return { viewer: identity, requestId };
  };
  router.post("/documents/:id", async (req, res) => {
    const actor = actorOf(res);
    try {
      const file = await uploadVersion(deps.db, store, actor, req.params.id, req, {
        mediaType: req.headers["content-type"], fileName: req.header("x-file-name"), maxBytes: deps.config.files!.maxBytes,
      });
      res.status(201).json({ version: file.version, sha256: file.sha256, size: file.size, mediaType: file.mediaType, fileName: file.fileName, uploadedAt: file.uploadedAt });
    } catch (err) {
      // The body may be partly unread: answer, then close the connection rather than reuse it.
      res.set("connection", "close");
      req.resume();
      fail(res, err, deps, actor.requestId);
    }
  });
  router.get("/documents/:id/versions/:version", async (req, res) => {
    const actor = actorOf(res);
    try {
      const { file, stream } = await openVersion(deps.db, store, actor, req.params.id, req.params.version);
      res.status(200).set({
        "content-type": file.mediaType,
        "content-length": String(file.size),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "x-content-sha256": file.sha256,
        "cache-control": "private, no-store",
      });
      stream.on("error", (err) => fail(res, err, deps, actor.requestId));
      stream.pipe(res);
    } catch (err) {
      fail(res, err, deps, actor.requestId);
    }
  });
  return router;
}
