import { useEffect, useState } from "preact/hooks";
import { request, type GraphResult } from "../graphql";

/** A query's state on a page: loading until its answer (or failure) comes; reruns when `key` changes. */
export interface QueryState<T> extends GraphResult<T> {
  loading: boolean;
}

export function useQuery<T>(name: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>({ loading: !skip, data: null, errors: [] });
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void request<T>(name, variables).then((result) => {
      if (current) setState({ ...result, loading: false });
    });
    return () => {
      current = false;
    };
    // The variables are compared by value (key), not by identity.
  }, [name, key, skip]);
  return state;
}
