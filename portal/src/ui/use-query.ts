import { useEffect, useState } from "preact/hooks";
import { request, type GraphResult } from "../graphql";

/** A query's state on a page: loading until its answer (or failure) comes; reruns when `key` changes. */
export interface QueryState<T> extends GraphResult<T> {
  loading: boolean;
}

/**
 * Runs a persisted operation and keeps its latest answer. An answer counts only for the variables it was
 * asked with: while new variables are on their way the state is `loading`, from the very render that
 * changed them, so a page never shows one page's rows under another page's number.
 */
export function useQuery<T>(name: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const key = `${name} ${JSON.stringify(variables)}`;
  const [answer, setAnswer] = useState<{ key: string } & GraphResult<T>>({ key: "", data: null, errors: [] });
  useEffect(() => {
    if (skip) return;
    let current = true;
    void request<T>(name, variables).then((result) => {
      if (current) setAnswer({ ...result, key });
    });
    return () => {
      current = false;
    };
    // The variables are compared by value (key), not by identity.
  }, [key, skip]);
  const { key: answered, ...result } = answer;
  return { ...result, loading: !skip && answered !== key };
}
