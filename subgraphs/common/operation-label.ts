import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";

/** The label of every operation outside the client contract, named or not. */
export const OTHER_OPERATION = "other";

/** The gateway names a subgraph fetch `<operation>__<subgraph>__<n>` (the query planner's habit). */
const PLANNER_SUFFIX = /__[a-z0-9_]+?__\d+$/;

/**
 * The operation names of the fixed client contract (`<dir>/*.graphql`, schema/operations): the
 * only names metrics label by, so callers cannot grow the label set. A missing folder gives none.
 */
export function contractOperationNames(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .flatMap((file) => parse(readFileSync(path.join(dir, file), "utf8")).definitions)
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
  return new Set(names);
}

/** Maps an operation name (a gateway fetch's included) to its contract name, else OTHER_OPERATION. */
export function operationLabeler(known: ReadonlySet<string>): (name: string | null | undefined) => string {
  return (name) => {
    const base = name?.replace(PLANNER_SUFFIX, "");
    return base && known.has(base) ? base : OTHER_OPERATION;
  };
}
