import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * How many times each root field is written in an operation, by field name (not alias): fields
 * directly at the root, in inline fragments there and in named fragments spread there, each
 * counted every time it is written or spread. `mutation { a: submitAppeal(…) b: submitAppeal(…)
 * ...S ...S }` with `fragment S on Mutation { submitAppeal(…) }` counts submitAppeal 4 times.
 *
 * Each named fragment is walked once and its counts reused, so the work is linear in the size of
 * the document however often fragments spread each other; counts may then be very large floats.
 * The document must have passed validation (no fragment cycles).
 */
export function rootFieldCounts(document: DocumentNode, operation: OperationDefinitionNode): Map<string, number> {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const memo = new Map<string, Map<string, number>>();

  const fragmentCounts = (name: string): Map<string, number> => {
    const known = memo.get(name);
    if (known) return known;
    // Marked before descending: a cycle (refused by validation anyway) adds nothing.
    memo.set(name, new Map());
    const fragment = fragments.get(name);
    const counts = fragment ? countsOf(fragment.selectionSet) : new Map<string, number>();
    memo.set(name, counts);
    return counts;
  };

  const countsOf = (set: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) add(selection.name.value, 1);
      else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? countsOf(selection.selectionSet)
            : fragmentCounts(selection.name.value);
        for (const [name, n] of inner) add(name, n);
      }
    }
    return counts;
  };

  return countsOf(operation.selectionSet);
}

/** All root fields an operation writes, as counted by rootFieldCounts. */
export function rootFieldTotal(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
