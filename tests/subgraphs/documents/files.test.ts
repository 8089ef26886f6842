import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { Readable } from "node:stream";
import { startCity, type City } from "../../helpers/city";
import { generatedBytes, streamDownload, streamUpload } from "../../helpers/http-stream";
import { bearer, signToken } from "../../helpers/tokens";

const MB = 1024 * 1024;
v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/**
 * A full collection, so that only memory still referenced is measured. Twice: V8 frees the bytes
 * of dead ArrayBuffers on a background thread after a collection, and `arrayBuffers` counts them
 * until that sweep ends (tens of MB on a busy machine); the next collection waits for it first.
 */
const collectGarbage = () => {
  gc();
  gc();
};

/** File versions through the gateway's port: streamed, immutable, checked, and guarded like their document. */
describe("document files", () => {
  let city: City;
  let manager6: Record<string, string>;
  let analyst7: Record<string, string>;
  let executor6: Record<string, string>;
  beforeAll(async () => {
    city = await startCity({ env: { MAX_FILE_BYTES: String(125 * MB) } });
    manager6 = bearer(await signToken({ roles: ["manager"], departmentId: "6" }, { sub: "9" }));
    executor6 = bearer(await signToken({ roles: ["executor"], departmentId: "6" }, { sub: "10" }));
    analyst7 = bearer(await signToken({ roles: ["analyst"], departmentId: "7" }, { sub: "12" }));
  });
  afterAll(() => city?.stop());

  const upload = (doc: string, bytes: Buffer | Readable, headers: Record<string, string>) =>
    streamUpload(
      `${city.base}/files/documents/${doc}`,
      Buffer.isBuffer(bytes) ? Readable.from([bytes]) : bytes,
      headers,
    );
  const versions = async () =>
    (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents.file_version"))[0].n;
  const letter = Buffer.from("%PDF-1.4 лист обласної адміністрації");
  const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

  it("adds versions, lists them to readers and serves the exact bytes", async () => {
    const headers = {
      ...manager6,
      "content-type": "application/pdf",
      "x-file-name": encodeURIComponent("лист ОДА.pdf"),
    };
    const first = await upload("11", letter, headers);
    expect(first).toEqual({
      status: 201,
      json: {
        version: 1,
        sha256: sha(letter),
        size: letter.length,
        mediaType: "application/pdf",
        fileName: "лист ОДА.pdf",
        uploadedAt: expect.any(String),
      },
    });
    const second = await upload("11", Buffer.from("%PDF-1.4 виправлена версія"), headers);
    expect(second.json.version).toBe(2);
    const list = `{ document(id: "11") { files { version sha256 mediaType fileName } } }`;
    expect((await city.query(list, undefined, executor6)).body.data.document.files.map((f: any) => f.version)).toEqual([
      1, 2,
    ]);
    expect((await city.query(list)).body.data.document.files).toEqual([]);
    const got = await streamDownload(`${city.base}/files/documents/11/versions/1`, executor6);
    expect([got.status, got.sha256, got.size, got.headers["content-type"], got.headers["x-content-sha256"]]).toEqual([
      200,
      sha(letter),
      letter.length,
      "application/pdf",
      sha(letter),
    ]);
  });

  it.each([
    ["without a token", {}, "11", 401, "UNAUTHENTICATED"],
    ["by an analyst (reads, does not file)", "analyst", "11", 403, "FORBIDDEN"],
    ["to a document the caller may not read", "executor", "10", 404, "NOT_FOUND"],
    ["without a media type", "manager-no-type", "11", 400, "BAD_USER_INPUT"],
  ])("refuses an upload %s, recording nothing", async (_what, who, doc, status, code) => {
    const headers =
      who === "analyst"
        ? { ...analyst7, "content-type": "text/plain", "x-file-name": "a.txt" }
        : who === "executor"
          ? { ...executor6, "content-type": "text/plain", "x-file-name": "a.txt" }
          : who === "manager-no-type"
            ? { ...manager6, "x-file-name": "a.txt" }
            : { "content-type": "text/plain", "x-file-name": "a.txt" };
    const before = await versions();
    const answer = await upload(doc, Buffer.from("текст"), headers as Record<string, string>);
    expect([answer.status, answer.json.errors[0].extensions.code]).toEqual([status, code]);
    expect(await versions()).toBe(before);
  });

  it("refuses downloads as it refuses reading the document", async () => {
    const anonymous = await streamDownload(`${city.base}/files/documents/11/versions/1`);
    expect([anonymous.status, JSON.parse(anonymous.text).errors[0].extensions.code]).toEqual([404, "NOT_FOUND"]);
    const missing = await streamDownload(`${city.base}/files/documents/11/versions/9`, executor6);
    expect(JSON.parse(missing.text).errors[0].message).toBe("Document 11 has no file version 9");
  });

  it("streams 120 MB through the gateway both ways without holding it in memory", async () => {
    const { body, digest } = generatedBytes(120 * MB);
    // What the process still holds, sampled while the bytes flow: a sample over the bound is taken again
    // after a full collection (a costly step, so only then, and only that one counts), so garbage that streaming leaves behind (up
    // to about 90 MB of RSS on Node 24) is not counted while a held file is.
    const BOUND = 60 * MB;
    const used = () => {
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    collectGarbage();
    const start = used();
    let peak = start;
    let collected = 0;
    const sample = () => {
      if (used() - start < BOUND) return;
      // At most four collections a second, so a held file slows the transfer down only a little.
      if (Date.now() - collected < 250) return;
      collectGarbage();
      collected = Date.now();
      peak = Math.max(peak, used());
    };
    const sampler = setInterval(sample, 50);
    try {
      const up = await upload("11", body, {
        ...manager6,
        "content-type": "application/octet-stream",
        "x-file-name": "scan.bin",
      });
      expect([up.status, up.json.size, up.json.sha256]).toEqual([201, 120 * MB, digest()]);
      const down = await streamDownload(`${city.base}/files/documents/11/versions/${up.json.version}`, manager6);
      expect([down.status, down.size, down.sha256]).toEqual([200, 120 * MB, digest()]);
    } finally {
      clearInterval(sampler);
    }
    // Gateway, subgraph and client share this process: buffering the file anywhere would keep up to 120 MB,
    // while streaming keeps a few chunks in flight.
    expect((peak - start) / MB).toBeLessThan(BOUND / MB);
  });

  it("stops an upload over MAX_FILE_BYTES with 413 and keeps nothing", async () => {
    const before = await versions();
    const answer = await upload("11", generatedBytes(126 * MB).body, {
      ...manager6,
      "content-type": "application/octet-stream",
      "x-file-name": "big.bin",
    });
    expect([answer.status, answer.json.errors[0].extensions.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    expect(await versions()).toBe(before);
  });

  it("reports a damaged file and never serves it", async () => {
    writeFileSync(path.join(city.filesDir, sha(letter).slice(0, 2), sha(letter)), "damaged bytes");
    const got = await streamDownload(`${city.base}/files/documents/11/versions/1`, executor6);
    expect([got.status, JSON.parse(got.text).errors[0].extensions.code]).toEqual([500, "FILE_CORRUPTED"]);
    expect(got.text).not.toContain("damaged");
    const audit = await city.db.query<{ action: string }>(
      "SELECT action FROM documents.audit_event WHERE entity_id = '11' ORDER BY id",
    );
    expect(audit.map((a) => a.action)).toEqual([
      "REGISTER", // the demo seed's registration of document 11
      "FILE_UPLOAD",
      "FILE_UPLOAD",
      "FILE_DOWNLOAD",
      "FILE_UPLOAD",
      "FILE_DOWNLOAD",
      "FILE_CORRUPTED",
    ]);
  });
});
