import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { access, mkdir, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export class FileTooLargeError extends Error {}

/**
 * Files on disk, content-addressed: a file is stored once under its sha256, so versions are
 * immutable by construction. Bytes are streamed in and out; nothing holds a whole file in memory.
 */
export class FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Streams `body` to a temporary file, hashing and counting; over `maxBytes` it stops with FileTooLargeError. */
  async receive(body: Readable, maxBytes: number): Promise<{ temp: string; sha256: string; size: number }> {
    await mkdir(path.join(this.dir, "tmp"), { recursive: true });
    const temp = path.join(this.dir, "tmp", randomUUID());
    const hash = createHash("sha256");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new FileTooLargeError(`The file is larger than ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, createWriteStream(temp));
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    return { temp, sha256: hash.digest("hex"), size };
  }

  /** Moves a received file into place (a file with the same hash is already the same bytes). */
  async keep(temp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(path.dirname(target), { recursive: true });
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) await unlink(temp);
    else await rename(temp, target);
  }

  async discard(temp: string): Promise<void> {
    await unlink(temp).catch(() => undefined);
  }

  /** True when the stored bytes still hash to `sha256` (read through once, streamed). */
  async verify(sha256: string): Promise<boolean> {
    const hash = createHash("sha256");
    try {
      await pipeline(createReadStream(this.pathOf(sha256)), async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) hash.update(chunk);
      });
    } catch {
      return false;
    }
    return hash.digest("hex") === sha256;
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /** Where a file's bytes live (tests damage them on purpose). */
  locate(sha256: string): string {
    return this.pathOf(sha256);
  }
}
