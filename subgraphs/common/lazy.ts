/**
 * A value worked out only when somebody awaits it, once: a thenable whose `then` starts `run` the first
 * time and hands every later caller the same promise. GraphQL awaits what a field resolves to, so a
 * connection's `totalCount` held as a Lazy costs its count statement only in requests that ask for it;
 * copying or spreading an object that holds one does not start it.
 */
export class Lazy<T> implements PromiseLike<T> {
  private started: Promise<T> | undefined;

  constructor(private readonly run: () => Promise<T>) {}

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.started ??= this.run();
    return this.started.then(onFulfilled, onRejected);
  }

  /** A Lazy of `f` of this value: awaiting it starts this one (once), not before. */
  map<U>(f: (value: T) => U): Lazy<U> {
    return new Lazy(async () => f(await this));
  }
}

/** A value, now or when awaited (a Lazy). */
export type Eventually<T> = T | PromiseLike<T>;
