/**
 * Media types a browser only displays or hands to a viewer, never runs in the hub's origin:
 * documents, images without scripts, plain text and office formats. Anything else (HTML, XHTML,
 * SVG, XML, JavaScript, CSS, unknown types) may be active content.
 */
const PASSIVE = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/tiff",
  "text/plain",
  "text/csv",
  "application/zip",
  "application/octet-stream",
  "application/rtf",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
]);

/**
 * The Content-Type a stored file is served with: its recorded media type when that is passive,
 * else `application/octet-stream`, so an uploaded page or SVG is never rendered as the hub's own
 * content. (The recorded type is kept and listed unchanged.)
 */
export function servedMediaType(recorded: string): string {
  return PASSIVE.has(recorded.toLowerCase()) ? recorded.toLowerCase() : "application/octet-stream";
}
