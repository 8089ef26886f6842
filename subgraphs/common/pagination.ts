import { Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "./errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay page info; shared by every subgraph's connections, hence @shareable. */
@ObjectType()
@Directive("@shareable")
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

/** Makes `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string): ClassType<Page<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => [Edge])
    edges: Edge[];
  }
  return Connection;
}

/** Checks `first` (default 20, 0..100); bad values name the argument. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput("first", `first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** An opaque cursor holding the sort key of a row. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Decodes `after`; anything not made by encodeCursor with the same key shape is BAD_USER_INPUT. */
export function decodeCursor(
  cursor: string | null | undefined,
  shape: ("string" | "number")[],
): (string | number)[] | null {
  if (cursor == null) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === shape.length && key.every((v, i) => typeof v === shape[i])) return key;
  } catch {
    // falls through to the error below
  }
  throw badInput("after", "after must be an endCursor returned by this list");
}

/**
 * Builds a page from rows fetched with LIMIT size + 1 (the extra row only says there is more).
 */
export function toPage<T>(
  rows: T[],
  size: number,
  totalCount: number,
  keyOf: (row: T) => (string | number)[],
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
