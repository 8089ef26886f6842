import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { Client } from "pg";
import { tracer } from "./telemetry";

/** The first word of a statement (SELECT, INSERT, ...), the span's name; its text is an attribute. */
const verbOf = (text: string) => /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "SQL";

/**
 * A pg Client whose every query is a CLIENT span in the active trace (the pool is given it as
 * `Client`, see data-source.ts). The statement text is recorded, its parameters never (they
 * carry citizens' data).
 */
export class TracedClient extends Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads (promise, callback, submittable) pass through as they are
  override query(...args: unknown[]): any {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === "string" ? first : (first?.text ?? "");
    const span = tracer().startSpan(`${verbOf(text)} ${this.database ?? ""}`.trim(), {
      kind: SpanKind.CLIENT,
      attributes: { "db.system.name": "postgresql", "db.namespace": this.database ?? "", "db.query.text": text },
    });
    const failed = (err: unknown) => {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error)?.message });
      span.end();
    };
    const callback = args.findIndex((a) => typeof a === "function");
    if (callback >= 0) {
      const done = args[callback] as (err: unknown, result: unknown) => void;
      args[callback] = (err: unknown, result: unknown) => {
        if (err) failed(err);
        else span.end();
        done(err, result);
      };
    }
    let result: unknown;
    try {
      result = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    } catch (err) {
      failed(err);
      throw err;
    }
    if (callback < 0 && result instanceof Promise) result.then(() => span.end(), failed);
    else if (callback < 0) span.end();
    return result;
  }
}
