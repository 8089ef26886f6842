import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";

/** How many items the cost assumes where the query does not say. */
export interface CostSizes {
  /** A page whose `first`/`last` is not given (or given as null): the subgraphs' default page size. */
  defaultPageSize: number;
  /** A plain list field (no page argument), e.g. `departments` or `Tender.items`. */
  listSize: number;
}

/**
 * A selection set's cost as a function of how many items the field above it yields:
 * `fixed + perItem × items`. Only list fields of the set (a connection's `edges`, a plain list)
 * repeat per item; `totalCount` or `pageInfo` beside them do not.
 */
interface Figure {
  fixed: number;
  perItem: number;
}

const PAGE_ARGUMENTS = ["first", "last"];

/**
 * The estimated cost of running an operation: every field counts 1, and what is selected under a
 * list counts once per item. The items of a connection are its page size (`first`/`last` as a
 * literal, the request's variable, else that variable's default, else the default page size) and
 * count once, at the connection (its `edges` list is that page, not another multiplier); a plain
 * list counts `listSize` items. Fragments count every time they are spread, inline or named.
 * Introspection (off in production; the gateway answers it from its own schema) counts one item
 * per list, so GraphiQL's introspection query passes.
 *
 * Each named fragment's figure is computed once and reused, so the work is linear in the size of
 * the document even when fragments spread each other many times; the result is then a very large
 * number (a float, possibly Infinity), never a loop per spread. The document must have passed
 * validation (fields exist, fragments do not cycle).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  sizes: CostSizes,
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const definitions = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const memo = new Map<string, Figure>();

  const pageSize = (value: ValueNode | undefined, schemaDefault: unknown): number => {
    const given = value ? literalOrVariable(value, variables, definitions) : undefined;
    const size = given === undefined ? schemaDefault : given;
    return typeof size === "number" && Number.isFinite(size) ? Math.max(0, size) : sizes.defaultPageSize;
  };

  const fragmentFigure = (name: string): Figure => {
    const known = memo.get(name);
    if (known) return known;
    // Marked before descending: a cycle (refused by validation anyway) costs nothing more.
    memo.set(name, { fixed: 0, perItem: 0 });
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    const figure = fragment && type ? figureOf(fragment.selectionSet, type) : { fixed: 0, perItem: 0 };
    memo.set(name, figure);
    return figure;
  };

  const figureOf = (set: SelectionSetNode, parent: GraphQLNamedType): Figure => {
    const figure: Figure = { fixed: 0, perItem: 0 };
    for (const selection of set.selections) {
      let part: Figure;
      if (selection.kind === Kind.FIELD) {
        const field = fieldDefinition(schema, parent, selection.name.value);
        if (!field) {
          part = { fixed: 1, perItem: 0 };
        } else {
          const pageArguments = field.args.filter((a) => PAGE_ARGUMENTS.includes(a.name));
          const paged = pageArguments.length > 0;
          const type = getNamedType(field.type);
          // A page argument counts when given or declared with a default (`first: Int = 20`); `last`
          // with neither is not asked for and must not inflate the page to the default size.
          const asked = pageArguments.filter(
            (a) => a.defaultValue !== undefined || selection.arguments?.some((s) => s.name.value === a.name),
          );
          const items = paged
            ? Math.max(
                ...(asked.length ? asked : pageArguments).map((a) =>
                  pageSize(selection.arguments?.find((s) => s.name.value === a.name)?.value, a.defaultValue),
                ),
              )
            : isIntrospectionType(type)
              ? 1
              : sizes.listSize;
          const inner = selection.selectionSet ? figureOf(selection.selectionSet, type) : { fixed: 0, perItem: 0 };
          const below = inner.fixed + items * inner.perItem;
          // A list is counted by the field above it (a connection or a plain field), unless it pages itself.
          const list = isListType(getNullableType(field.type));
          part =
            list && !paged
              ? { fixed: 1, perItem: below }
              : list
                ? { fixed: 1 + items * below, perItem: 0 }
                : { fixed: 1 + below, perItem: 0 };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        part = type ? figureOf(selection.selectionSet, type) : { fixed: 0, perItem: 0 };
      } else {
        part = fragmentFigure(selection.name.value);
      }
      figure.fixed += part.fixed;
      figure.perItem += part.perItem;
    }
    return figure;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const figure = figureOf(operation.selectionSet, root);
  // A list at the root (e.g. `departments`) has no field above it: a plain list's size.
  return figure.fixed + sizes.listSize * figure.perItem;
}

/** The value an argument gets: a literal, the request's variable, else the variable's default; undefined when absent. */
function literalOrVariable(
  value: ValueNode,
  variables: Record<string, unknown>,
  definitions: Map<string, VariableDefinitionNode>,
): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.NULL) return null;
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name];
  const fallback = definitions.get(name)?.defaultValue;
  return fallback ? literalOrVariable(fallback, {}, new Map()) : undefined;
}

/** The schema's definition of a field, introspection's own fields included; undefined for an unknown one. */
function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}
