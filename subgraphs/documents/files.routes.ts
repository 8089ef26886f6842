import { pipeline } from "node:stream/promises";
import { Router, type Response } from "express";
import { GraphQLError } from "graphql";
import type { SubgraphRouteDeps } from "../common/definition";
import type { Identity } from "../common/identity";
import { viewerOf } from "../common/viewer";
import { openVersion, uploadVersion } from "./services/document-files.service";
import { FileStore } from "./services/file-store";
import { servedMediaType } from "./services/served-media-type";
import type { DocumentsSettings } from "./settings";

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  FILE_CORRUPTED: 500,
};

/** Same error shape as GraphQL responses, with the HTTP status that fits the code. */
function fail(res: Response, err: unknown, deps: SubgraphRouteDeps, requestId: string): void {
  if (err instanceof GraphQLError && typeof err.extensions.code === "string") {
    if (err.extensions.code === "FILE_CORRUPTED")
      deps.log.error({ requestId, err: err.message }, "file integrity check failed");
    return void res
      .status(STATUS[err.extensions.code] ?? 400)
      .json({ errors: [{ message: err.message, extensions: { ...err.extensions, requestId } }] });
  }
  deps.log.error({ err, requestId }, "file request failed");
  if (!res.headersSent)
    res.status(500).json({
      errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
    });
  else res.destroy();
}

/**
 * `POST /files/documents/:id` (the raw bytes; Content-Type and X-File-Name headers) adds a file
 * version; `GET /files/documents/:id/versions/:version` streams one. Reached only through the
 * gateway (the identity envelope is checked before these routes).
 */
export function documentFilesRouter(deps: SubgraphRouteDeps<DocumentsSettings>): Router {
  const { dir, maxBytes } = deps.config.settings.files;
  const store = new FileStore(dir);
  const router = Router();
  const actorOf = (res: Response) => {
    const { identity, requestId } = res.locals.envelope as { identity: Identity; requestId: string };
    return { viewer: viewerOf(identity), requestId };
  };
  router.post("/documents/:id", async (req, res) => {
    const actor = actorOf(res);
    try {
      const file = await uploadVersion(deps.db, store, actor, req.params.id, req, {
        mediaType: req.headers["content-type"],
        fileName: req.header("x-file-name"),
        maxBytes,
      });
      res.status(201).json({
        version: file.version,
        sha256: file.sha256,
        size: file.size,
        mediaType: file.mediaType,
        fileName: file.fileName,
        uploadedAt: file.uploadedAt,
      });
    } catch (err) {
      // A caller gone mid-upload: its partial file is already deleted and nothing recorded.
      if (!res.socket || res.socket.destroyed)
        return void deps.log.info({ requestId: actor.requestId }, "upload abandoned by the client");
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
      // Always a download, never rendered in the hub's origin: attachment (RFC 6266 filename via
      // express), active types as octet-stream, no sniffing, and a sandbox if opened anyway.
      res
        .status(200)
        .attachment(file.fileName)
        .set({
          "content-length": String(file.size),
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; sandbox",
          "x-content-sha256": file.sha256,
          "cache-control": "private, no-store",
        });
      // Set as is: express would add a charset the stored bytes may not be in.
      res.setHeader("content-type", servedMediaType(file.mediaType));
      // pipeline closes the file when the caller goes away mid-download.
      pipeline(stream, res).catch((err: NodeJS.ErrnoException) => {
        if (err.code === "ERR_STREAM_PREMATURE_CLOSE")
          deps.log.info({ requestId: actor.requestId }, "download abandoned by the client");
        else fail(res, err, deps, actor.requestId);
      });
    } catch (err) {
      fail(res, err, deps, actor.requestId);
    }
  });
  return router;
}
