import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { badInput } from "./errors";
import type { Eventually } from "./lazy";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** How deep `page` may reach (rows skipped); deeper pages go by cursor, which stays an index scan. */
export const MAX_PAGE_OFFSET = 10_000;

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Ascending (oldest, smallest, soonest first) or descending (newest, largest first).",
  valuesConfig: {
    ASC: { description: "Ascending: oldest, smallest, soonest, A to Я first." },
    DESC: { description: "Descending: newest, largest, latest first." },
  },
});

/** Relay page info; shared by every subgraph's connections, hence @shareable. */
@ObjectType({ description: "Where a page lies in its list." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "More edges follow the last one of this page." })
  hasNextPage: Eventually<boolean>;

  @Field(() => Boolean, { description: "Edges come before the first one of this page." })
  hasPreviousPage: Eventually<boolean>;

  @Field(() => String, {
    nullable: true,
    description: "The first edge's cursor (for `before`); null on an empty page.",
  })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor (for `after`); null on an empty page." })
  endCursor: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The number of this page (from 1) when asked by `page`, else null.",
  })
  page: number | null;

  @Field(() => Int, {
    description: "How many pages of this size the list has (at least 1): `page` ranges over 1..pageCount.",
  })
  pageCount: Eventually<number>;
}

/**
 * A page of a list. What needs the list's count (totalCount, pageCount, and the page flags that depend on
 * rows outside the page) may be Lazy: its count statement runs only when a request asks for such a field.
 */
export interface Page<T> {
  totalCount: Eventually<number>;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/**
 * Paging arguments of every connection: forward (`first`, `after`), backward (`last`, `before`),
 * or by page number (`page`, of `first` edges). Declared once so every list reads the same.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 0 to ${MAX_PAGE_SIZE}: edges after \`after\` (or from the start), or per \`page\`.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A cursor of this list (from the same orderBy and search): edges after it.",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Backward paging: the last ${"`last`"} edges (0 to ${MAX_PAGE_SIZE}) before \`before\`, or of the list; takes precedence over \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A cursor of this list (from the same orderBy and search): edges before it.",
  })
  before?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page number from 1, pages of \`first\` edges (at most ${MAX_PAGE_OFFSET} edges skipped); not with after, before or last.`,
  })
  page?: number | null;
}

/** Makes `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`, { description: "One item of the list with its cursor." })
  class Edge {
    @Field({ description: "Where this edge is in the list's order, for `after` and `before`." })
    cursor: string;

    @Field(() => nodeType, { description: "The item." })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: "A page of the list (Relay connection)." })
  class Connection {
    @Field(() => Int, { description: "How many items the whole list has under the filter." })
    totalCount: Eventually<number>;

    @Field(() => PageInfo, { description: "Where this page lies in the list, and how many pages it has." })
    pageInfo: PageInfo;

    @Field(() => [Edge], { description: "The items of this page, each with its cursor, in the list's order." })
    edges: Edge[];
  }
  return Connection;
}

/** Checks `first` (default 20, 0..100); bad values name the argument. */
export function pageSize(first: number | null | undefined, name = "first"): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(name, `${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}
