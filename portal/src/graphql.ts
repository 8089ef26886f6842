import { OPERATIONS } from "portal-operations";

/** One error of a GraphQL answer, as the gateway sends it (localized to Ukrainian). */
export interface GraphError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

/**
 * What one request brought: data (possibly partial: a subgraph outage leaves its fields null with
 * SERVICE_UNAVAILABLE errors on their paths) and errors; `failure` when no answer came at all.
 */
export interface GraphResult<T> {
  data: T | null;
  errors: GraphError[];
  failure?: string;
}

export const NETWORK_FAILURE = "Не вдалося зв'язатися із сервером міста. Перевірте з'єднання і спробуйте ще раз.";
const SERVER_FAILURE = "Сервер міста зараз не відповідає як слід. Спробуйте трохи пізніше.";

/** POSTs one GraphQL request to the gateway on this origin, asking for Ukrainian messages. */
const post = (body: Record<string, unknown>) =>
  fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "uk" },
    body: JSON.stringify(body),
  });

/**
 * Sends a contract operation by name as a persisted document: its id only, so a gateway that runs
 * only the city's published operations for anonymous callers serves it; with its text as well
 * when the gateway does not know the id (PERSISTED_QUERY_NOT_FOUND, e.g. an older manifest).
 */
export async function request<T>(name: string, variables: Record<string, unknown> = {}): Promise<GraphResult<T>> {
  const operation = OPERATIONS[name];
  if (!operation) throw new Error(`unknown operation ${name}`);
  const persisted = {
    operationName: name,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
  };
  let response: Response;
  try {
    response = await post(persisted);
    if (response.ok) {
      const first = (await response.clone().json()) as { errors?: GraphError[] };
      if (first.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND"))
        response = await post({ ...persisted, query: operation.query });
    }
  } catch {
    return { data: null, errors: [], failure: NETWORK_FAILURE };
  }
  let body: { data?: T | null; errors?: GraphError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return { data: null, errors: [], failure: SERVER_FAILURE };
  }
  const errors = body.errors ?? [];
  if (body.data == null && errors.length === 0) return { data: null, errors, failure: SERVER_FAILURE };
  return { data: body.data ?? null, errors };
}

/** The errors on a top-level field (e.g. "budget"), or under it. */
export const errorsAt = (errors: GraphError[], field: string): GraphError[] =>
  errors.filter((e) => e.path?.[0] === field);

/** A message a person can act on for the errors of one part of a page. */
export function describeErrors(errors: GraphError[]): string {
  if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE"))
    return "Ця частина зараз недоступна: служба, що її надає, не відповідає. Решта порталу працює; спробуйте за кілька секунд.";
  return errors[0]?.message ?? SERVER_FAILURE;
}
