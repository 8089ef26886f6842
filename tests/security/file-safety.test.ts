import { createHash } from "node:crypto";
import { existsSync, readdirSync, readlinkSync } from "node:fs";
import { request, type ClientRequest, type IncomingMessage } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { startCity, type City } from "../helpers/city";
import { generatedBytes, streamDownload, streamUpload } from "../helpers/http-stream";
import { staffHeaders } from "../helpers/tokens";

const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Files this process holds open under `dir` (the city runs in-process, its subgraphs included). */
const openFilesUnder = (dir: string) =>
  readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.startsWith(dir) ? [target] : [];
    } catch {
      return [];
    }
  });

async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Issue item 9: a download is always a download (attachment, no sniffing, active types as
 * octet-stream), a bad X-File-Name is the caller's mistake, and a transfer the caller abandons
 * is closed on the subgraph's side within seconds, leaving no partial file and no record.
 */
describe("file safety", () => {
  let city: City;
  let manager6: Record<string, string>;
  let executor6: Record<string, string>;
  beforeAll(async () => {
    city = await startCity({ env: { MAX_FILE_BYTES: String(64 * MB) } });
    manager6 = await staffHeaders("9", "6", "manager");
    executor6 = await staffHeaders("10", "6", "executor");
  });
  afterAll(() => city?.stop());

  const upload = (bytes: Buffer, type: string, name: string) =>
    streamUpload(`${city.base}/files/documents/11`, Readable.from([bytes]), {
      ...manager6,
      "content-type": type,
      "x-file-name": name,
    });
  const versions = async () =>
    (await city.db.query<{ n: number }>("SELECT count(*)::int AS n FROM documents.file_version"))[0].n;
  const tempFiles = () =>
    existsSync(path.join(city.filesDir, "tmp")) ? readdirSync(path.join(city.filesDir, "tmp")) : [];
  const download = (version: number) =>
    streamDownload(`${city.base}/files/documents/11/versions/${version}`, executor6);
  const safeHeaders = (type: string, disposition: string) => ({
    "content-type": type,
    "content-disposition": disposition,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
  });
  const headersOf = (h: IncomingMessage["headers"]) => ({
    "content-type": h["content-type"],
    "content-disposition": h["content-disposition"],
    "x-content-type-options": h["x-content-type-options"],
    "content-security-policy": h["content-security-policy"],
  });

  it.each([
    ["text/html", "page.html"],
    ["application/xhtml+xml", "page.xhtml"],
    ["image/svg+xml", "logo.svg"],
    ["text/xml", "data.xml"],
    ["application/xml", "data.xml"],
    ["text/javascript", "app.js"],
    ["application/javascript", "app.js"],
    ["text/css", "style.css"],
    ["application/x-unknown", "thing.bin"],
  ])("serves a file uploaded as %s as an octet-stream attachment, never sniffed", async (type, name) => {
    const bytes = Buffer.from(`<script>alert(document.cookie)</script> ${type}`);
    const up = await upload(bytes, type, name);
    expect([up.status, up.json.mediaType]).toEqual([201, type]);
    const got = await download(up.json.version);
    expect([got.status, got.sha256, headersOf(got.headers)]).toEqual([
      200,
      sha(bytes),
      safeHeaders("application/octet-stream", `attachment; filename=${name}`),
    ]);
  });

  it.each([
    ["application/pdf", "letter.pdf"],
    ["image/png", "scan.png"],
    ["image/jpeg", "photo.jpg"],
    ["text/plain", "notes.txt"],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "order.docx"],
  ])("serves a passive %s as itself, still an attachment, never sniffed", async (type, name) => {
    const up = await upload(Buffer.from(`bytes of ${name}`), type, name);
    const got = await download(up.json.version);
    expect([got.status, headersOf(got.headers)]).toEqual([200, safeHeaders(type, `attachment; filename=${name}`)]);
  });

  it("names a download by RFC 6266, its UTF-8 name in filename*, quotes and separators escaped", async () => {
    const name = 'лист "ОДА"; 1.pdf';
    const up = await upload(Buffer.from("%PDF-1.4"), "application/pdf", encodeURIComponent(name));
    expect(up.json.fileName).toBe(name);
    const got = await download(up.json.version);
    expect(got.headers["content-disposition"]).toBe(
      `attachment; filename="???? \\"???\\"; 1.pdf"; filename*=UTF-8''%D0%BB%D0%B8%D1%81%D1%82%20%22%D0%9E%D0%94%D0%90%22%3B%201.pdf`,
    );
  });

  it.each([
    [
      "a broken %-sequence",
      "%E0%A4%A",
      'X-File-Name must be the file name URL-encoded as UTF-8 (e.g. encodeURIComponent), got "%E0%A4%A"',
    ],
    [
      "a lone %",
      "100%.pdf",
      'X-File-Name must be the file name URL-encoded as UTF-8 (e.g. encodeURIComponent), got "100%.pdf"',
    ],
    [
      "a line break",
      "a%0D%0Ab.pdf",
      "Send the file name (1-255 characters, no slashes or control characters) as X-File-Name, URL-encoded",
    ],
  ])("refuses an X-File-Name with %s as 400 BAD_USER_INPUT, recording nothing", async (_what, name, message) => {
    const before = await versions();
    const answer = await upload(Buffer.from("текст"), "text/plain", name);
    expect(answer).toEqual({
      status: 400,
      json: {
        errors: [
          {
            message,
            extensions: {
              code: "BAD_USER_INPUT",
              field: "x-file-name",
              fields: [{ field: "x-file-name", message }],
              requestId: expect.any(String),
            },
          },
        ],
      },
    });
    expect(await versions()).toBe(before);
  });

  it("closes an upload the caller abandons half-way: the subgraph drops the partial file and records nothing", async () => {
    const before = await versions();
    const total = 16 * MB;
    const req: ClientRequest = request(`${city.base}/files/documents/11`, {
      method: "POST",
      headers: {
        ...manager6,
        "content-type": "application/pdf",
        "x-file-name": "half.pdf",
        "content-length": String(total),
      },
    });
    req.on("error", () => undefined);
    const chunk = Buffer.alloc(MB, 7);
    for (let i = 0; i < 4; i++) req.write(chunk);
    await waitFor("the subgraph receiving the upload", () => tempFiles().length === 1);
    req.destroy();
    await waitFor(
      "the partial file deleted and closed",
      () => tempFiles().length === 0 && openFilesUnder(city.filesDir).length === 0,
    );
    expect(await versions()).toBe(before);
    const next = await upload(Buffer.from("%PDF-1.4 ціла"), "application/pdf", "whole.pdf");
    expect([next.status, await versions()]).toEqual([201, before + 1]);
  });

  it("closes a download the caller abandons: the subgraph stops reading the file", async () => {
    const { body, digest } = generatedBytes(48 * MB);
    const up = await streamUpload(`${city.base}/files/documents/11`, body, {
      ...manager6,
      "content-type": "application/octet-stream",
      "x-file-name": "big.bin",
    });
    expect([up.status, up.json.sha256]).toEqual([201, digest()]);
    const stored = path.join(city.filesDir, digest().slice(0, 2), digest());
    let openWhileFlowing: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = request(
        `${city.base}/files/documents/11/versions/${up.json.version}`,
        { headers: executor6 },
        (res) => {
          res.once("data", () => {
            res.pause();
            openWhileFlowing = openFilesUnder(stored);
            req.destroy();
            resolve();
          });
        },
      );
      const timer = setTimeout(() => reject(new Error("no bytes within 5 s")), 5000);
      req
        .on("error", () => undefined)
        .on("close", () => (clearTimeout(timer), resolve()))
        .end();
    });
    // The subgraph had the file open while the bytes flowed, and closes it once the caller is gone.
    expect(openWhileFlowing).toEqual([stored]);
    await waitFor("the stored file closed", () => openFilesUnder(stored).length === 0);
    const whole = await download(up.json.version);
    expect([whole.status, whole.sha256]).toEqual([200, digest()]);
  });
});
