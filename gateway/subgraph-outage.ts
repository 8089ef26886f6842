import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import { SERVICE_UNAVAILABLE, RETRY_AFTER_SECONDS, serviceUnavailable } from "../subgraphs/common/unavailable";

/** How a fetch that failed before any GraphQL answer came back failed, when it is an outage. */
export type OutageKind = "unreachable" | "timeout";

/**
 * Whether a subgraph fetch failed because the subgraph is down, unreachable or too slow, as
 * opposed to a broken assumption: the connection refused, reset or lost (a system error code
 * such as ECONNREFUSED, or undici's UND_ERR_SOCKET…, on the error or on its cause), the gateway's
 * own time limit (an aborted fetch or body, or undici's header or body timeout), or an HTTP
 * 502/503/504 that subgraphHttpError turned into SERVICE_UNAVAILABLE. Node's own ERR_… codes
 * (a wrong argument: a bug) are not outages.
 */
export function subgraphOutage(error: unknown): OutageKind | undefined {
  if (error instanceof GraphQLError) return error.extensions.code === SERVICE_UNAVAILABLE ? "unreachable" : undefined;
  const { name, code, cause } = (error ?? {}) as { name?: unknown; code?: unknown; cause?: { code?: unknown } };
  if (name === "AbortError" || name === "TimeoutError") return "timeout";
  const reason = typeof code === "string" ? code : cause?.code;
  if (typeof reason !== "string" || !/^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(reason)) return undefined;
  return reason.includes("TIMEOUT") || reason === "UND_ERR_ABORTED" ? "timeout" : "unreachable";
}

/**
 * The errors of a fetch that an outage of `service` left unanswered, one per field it asked for,
 * each with its path in the fetch: `[field]` for a root fetch, `["_entities", i, field]` for each
 * entity of an entity fetch (the gateway rewrites both into paths of the client's answer, as it does
 * for a subgraph's own errors). A fetch whose fields cannot be told gets one error without a path.
 */
export function outageErrors(
  service: string,
  kind: OutageKind,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError[] {
  const error = (path?: (string | number)[]) =>
    kind === "timeout"
      ? serviceUnavailable(
          service,
          `The ${service} service did not answer in time, so this part of the answer is missing; try again in ${RETRY_AFTER_SECONDS} seconds`,
          path,
        )
      : serviceUnavailable(
          service,
          `The ${service} service cannot be reached right now, so this part of the answer is missing; try again in ${RETRY_AFTER_SECONDS} seconds`,
          path,
        );
  const paths = fetchPaths(document, variables?.representations);
  return paths.length > 0 ? paths.map(error) : [error()];
}

function fetchPaths(document: DocumentNode, representations: unknown): (string | number)[][] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const keys = (set: SelectionSetNode | undefined, typename?: string): string[] => {
    const found = new Set<string>();
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== "__typename") found.add(selection.alias?.value ?? selection.name.value);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      const condition = fragment?.typeCondition?.name.value;
      if (fragment && (!condition || condition === typename))
        keys(fragment.selectionSet, typename).forEach((k) => found.add(k));
    }
    return [...found];
  };
  if (!Array.isArray(representations)) return keys(operation.selectionSet).map((key) => [key]);
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  if (!entities || entities.kind !== Kind.FIELD) return [];
  return representations.flatMap((representation, i) =>
    keys(entities.selectionSet, (representation as { __typename?: string }).__typename).map((key) => [
      entities.alias?.value ?? entities.name.value,
      i,
      key,
    ]),
  );
}
