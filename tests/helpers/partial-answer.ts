/**
 * What a client reads where an outage left part of an answer out (gateway/subgraph-outage.ts,
 * subgraphs/common/mask-errors.ts), for tests that compare whole answers.
 */
export type Path = (string | number)[];

export const unreachable = (service: string) =>
  `The ${service} service cannot be reached right now, so this part of the answer is missing; try again in 5 seconds`;
export const tooSlow = (service: string) =>
  `The ${service} service did not answer in time, so this part of the answer is missing; try again in 5 seconds`;
export const databaseDown =
  "This part of the answer is unavailable: its database cannot be reached right now; try again in 5 seconds";

/** One SERVICE_UNAVAILABLE error as a client receives it. */
export const unavailable = (service: string, path: Path, message = unreachable(service)) => ({
  message,
  path,
  extensions: {
    code: "SERVICE_UNAVAILABLE",
    service,
    serviceName: service,
    retryAfterSeconds: 5,
    requestId: expect.any(String),
  },
});

/** The answer with everything up, and the paths an outage empties set to null. */
export function without(data: unknown, paths: Path[]): unknown {
  const copy = structuredClone(data) as Record<string | number, any>;
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce((node: any, key) => node[key], copy);
    parent[path[path.length - 1]] = null;
  }
  return copy;
}

/** Errors in the order of their paths (GraphQL leaves their order open; fetches run in parallel). */
export const byPath = (errors: { path?: Path }[] = []) =>
  [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
