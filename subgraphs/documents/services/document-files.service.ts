import type { Readable } from "node:stream";
import type { DataSource } from "typeorm";
import { badInput, parseId, userError } from "../../common/errors";
import { assertAllowed } from "../../common/authorization";
import type { Viewer } from "../../common/viewer";
import { CityDocument } from "../entities/document.entity";
import { FileVersion } from "../entities/file-version.entity";
import { documentErrors } from "../errors";
import { audit, type Actor } from "./audit.service";
import { canReadDocument, canUpload, UPLOAD_FILES } from "./document-access";
import { FileTooLargeError, type FileStore } from "./file-store";

async function readableDocument(db: DataSource, viewer: Viewer, id: string): Promise<CityDocument> {
  const doc = await db.getRepository(CityDocument).findOneBy({ id: parseId(id, "documentId") });
  if (!doc || !canReadDocument(viewer, doc)) throw documentErrors.documentNotFound(id);
  return doc;
}

/** X-File-Name is the name URL-encoded (UTF-8); a broken %-sequence is the caller's mistake. */
function decodeFileName(header: string | undefined): string {
  try {
    return header ? decodeURIComponent(header) : "";
  } catch {
    throw badInput(
      "x-file-name",
      `X-File-Name must be the file name URL-encoded as UTF-8 (e.g. encodeURIComponent), got "${header!.slice(0, 60)}"`,
    );
  }
}

/**
 * Stores a new version of a document's file: streamed to disk while hashed, placed under its
 * sha256, then recorded with the next version number (the document row is locked meanwhile).
 * Audited. Nothing is recorded when the upload fails or is refused.
 */
export async function uploadVersion(
  db: DataSource,
  store: FileStore,
  actor: Actor,
  documentId: string,
  body: Readable,
  meta: { mediaType: string | undefined; fileName: string | undefined; maxBytes: number },
): Promise<FileVersion> {
  assertAllowed(actor.viewer, UPLOAD_FILES);
  const doc = await readableDocument(db, actor.viewer, documentId);
  if (!canUpload(actor.viewer, doc))
    throw documentErrors.forbidden("Files are added by staff of the document's department");
  const mediaType = meta.mediaType?.split(";")[0].trim().toLowerCase();
  if (!mediaType || !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mediaType))
    throw badInput("content-type", "Send the file's media type as Content-Type, e.g. application/pdf");
  const fileName = decodeFileName(meta.fileName);
  if (fileName.length < 1 || fileName.length > 255 || /[\\/\p{Cc}]/u.test(fileName)) {
    throw badInput(
      "x-file-name",
      "Send the file name (1-255 characters, no slashes or control characters) as X-File-Name, URL-encoded",
    );
  }
  let received;
  try {
    received = await store.receive(body, meta.maxBytes);
  } catch (err) {
    if (err instanceof FileTooLargeError)
      throw userError("PAYLOAD_TOO_LARGE", `${err.message}; split it or ask for a larger MAX_FILE_BYTES`);
    throw err;
  }
  await store.keep(received.temp, received.sha256);
  return db.transaction(async (m) => {
    await m.query(`SELECT id FROM documents.document WHERE id = $1 FOR UPDATE`, [doc.id]);
    const [{ next }] = await m.query(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM documents.file_version WHERE document_id = $1`,
      [doc.id],
    );
    const version = await m.getRepository(FileVersion).save(
      m.getRepository(FileVersion).create({
        documentId: doc.id,
        version: next,
        sha256: received.sha256,
        size: received.size,
        mediaType,
        fileName,
        uploadedBy: actor.viewer.staffId,
      }),
    );
    await audit(m, actor, "FILE_UPLOAD", "Document", doc.id, {
      version: next,
      sha256: received.sha256,
      size: received.size,
    });
    return m.getRepository(FileVersion).findOneByOrFail({ id: version.id });
  });
}

/**
 * A version's metadata and its bytes as a stream, for a caller who may read the document. The
 * bytes are checked against the recorded sha256 first: a damaged file is reported (logged,
 * audited, FILE_CORRUPTED) and never served.
 */
export async function openVersion(
  db: DataSource,
  store: FileStore,
  actor: Actor,
  documentId: string,
  version: string,
): Promise<{ file: FileVersion; stream: Readable }> {
  const doc = await readableDocument(db, actor.viewer, documentId);
  const file = await db
    .getRepository(FileVersion)
    .findOneBy({ documentId: doc.id, version: parseId(version, "version") });
  if (!file) throw userError("NOT_FOUND", `Document ${documentId} has no file version ${version}`);
  if (!(await store.verify(file.sha256))) {
    await audit(db, actor, "FILE_CORRUPTED", "Document", doc.id, { version: file.version, sha256: file.sha256 });
    throw userError(
      "FILE_CORRUPTED",
      "The stored file failed its integrity check; it is not served, and the incident is recorded",
    );
  }
  await audit(db, actor, "FILE_DOWNLOAD", "Document", doc.id, { version: file.version });
  return { file, stream: store.open(file.sha256) };
}
