import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";

/** `DateTime`: an ISO 8601 instant with offset; a JS Date inside the code. */
export const DateTimeScalar = GraphQLDateTime;

/**
 * A value a scalar refuses is the caller's input: BAD_USER_INPUT, naming the value (a literal
 * as written, with its location in the document).
 */
function refused(rule: string, value: unknown, node?: ValueNode): GraphQLError {
  const got = node && node.kind !== Kind.STRING ? print(node) : (JSON.stringify(value) ?? String(value));
  return new GraphQLError(`${rule}, got ${got.slice(0, 40)}`, { nodes: node, extensions: { code: "BAD_USER_INPUT" } });
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== "string" || !isCalendarDate(value))
    throw refused("Date must be a calendar day written YYYY-MM-DD", value, node);
  return value;
}

/** `Date`: a calendar day (Kyiv) as a `YYYY-MM-DD` string, inside the code too. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day in Kyiv time, written YYYY-MM-DD.",
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

const DECIMAL_RE = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseDecimal(value: unknown, node?: ValueNode): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !DECIMAL_RE.test(text)) {
    throw refused(
      'Decimal must be a string like "1250000.00" (up to 16 digits, at most 2 after the point)',
      value,
      node,
    );
  }
  return text;
}

/** Normalises a numeric value from PostgreSQL to two decimal places ("1250000.00"). */
export function formatDecimal(value: string | number): string {
  const text = String(value);
  const [whole, frac = ""] = text.split(".");
  return `${whole}.${(frac + "00").slice(0, 2)}`;
}

/** `Decimal`: money and other exact amounts, a string with two decimals; never a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact decimal amount with two decimal places, as a string: "1250000.00".',
  serialize: (value) => formatDecimal(parseDecimal(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
