import { createHash } from "node:crypto";
import { request, type IncomingMessage } from "node:http";
import { Readable } from "node:stream";

/** `total` bytes produced in 1 MiB chunks, never all in memory; `hash` is their sha256 once read. */
export function generatedBytes(total: number): { body: Readable; digest: () => string } {
  const hash = createHash("sha256");
  const chunk = Buffer.alloc(1024 * 1024);
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const size = Math.min(chunk.length, total - sent);
      chunk.writeUInt32BE(sent / chunk.length, 0);
      const piece = Buffer.from(chunk.subarray(0, size));
      hash.update(piece);
      sent += size;
      this.push(piece);
    },
  });
  let digest: string | undefined;
  return { body, digest: () => (digest ??= hash.digest("hex")) };
}

/** Streams `body` to `url` and resolves with the status and the parsed JSON answer. */
export function streamUpload(
  url: string,
  body: Readable,
  headers: Record<string, string>,
): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      let text = "";
      res
        .setEncoding("utf8")
        .on("data", (c) => (text += c))
        .on("end", () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : null }));
    });
    req.on("error", reject);
    body.pipe(req);
  });
}

/** Downloads `url` hashing as it goes; resolves with status, headers, size and sha256 (or the JSON error). */
export function streamDownload(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingMessage["headers"]; size: number; sha256: string; text: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const hash = createHash("sha256");
      let size = 0;
      let text = "";
      res.on("data", (c: Buffer) => {
        hash.update(c);
        size += c.length;
        if (text.length < 2000) text += c.toString("utf8");
      });
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, size, sha256: hash.digest("hex"), text }),
      );
    })
      .on("error", reject)
      .end();
  });
}
