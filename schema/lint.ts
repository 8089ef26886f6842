import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";

/** One thing the schema lint refuses, at `path` (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`). */
export interface SchemaProblem {
  path: string;
  problem: string;
}

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Names federation adds to a subgraph or supergraph, which are not e-Misto's to describe or name:
 * `_Service`, `_Entity`, `_Any`, `FieldSet`, `link__*`, `join__*`, `federation__*`, and the
 * `_service` / `_entities` root fields.
 */
const FEDERATION_TYPES = /^(_Service|_Entity|_Any|_FieldSet|FieldSet|link__.*|join__.*|federation__.*|policy__.*)$/;
const FEDERATION_FIELDS = new Set(["_service", "_entities"]);

/** A description of fewer non-blank characters than this ("", "-", "id") counts as missing. */
const MIN_DESCRIPTION = 3;

/**
 * Words that mark a name as provisional, so clients would have to follow it when it is renamed:
 * `tendersV2`, `newStatus`, `TmpReport`, `LEGACY_CODE`. A name says what a thing is; a new version
 * of a field is a new name for what it is, and the old one is deprecated.
 */
const UNSTABLE_WORDS = new Set(["tmp", "temp", "test", "new", "old", "legacy", "experimental", "unstable", "beta"]);

/** The words of a camelCase, PascalCase or UPPER_SNAKE name, lower-cased: `tendersV2` → tenders, v2. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .split("_")
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

function unstable(name: string): boolean {
  const words = wordsOf(name);
  return words.some((w) => UNSTABLE_WORDS.has(w) || /^v\d+$/.test(w));
}

function described(description: string | null | undefined): boolean {
  return (description ?? "").trim().length >= MIN_DESCRIPTION;
}

function isOwnType(type: GraphQLNamedType): boolean {
  return !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !FEDERATION_TYPES.test(type.name);
}

/** A naming convention, by what it is called in a problem. */
const FORMS = { PascalCase: PASCAL, camelCase: CAMEL, UPPER_SNAKE: UPPER_SNAKE } as const;
type Form = keyof typeof FORMS;

/** Problems of one name: off its convention, or provisional. */
function nameProblems(name: string, form: Form): string[] {
  const problems: string[] = [];
  if (!FORMS[form].test(name)) problems.push(`is not named ${form}`);
  if (unstable(name)) problems.push("has a provisional name (a version, new, old, tmp ...)");
  return problems;
}

/**
 * Every object, interface, input, enum, union and scalar type, field, argument, input field and
 * enum value of `schema` (a GraphQLSchema, or SDL, which may use directives it does not declare)
 * needs a description, and a stable name in the house's conventions: types PascalCase, fields and
 * arguments camelCase, enum values UPPER_SNAKE, and no version or provisional word (UNSTABLE_WORDS).
 * Query, Mutation and Subscription need no description of their own (their fields have one each).
 * Returns the problems by type name; none means the schema explains itself.
 */
export function lintSchema(schema: GraphQLSchema | string): SchemaProblem[] {
  const built = typeof schema === "string" ? buildSchema(schema, { assumeValidSDL: true }) : schema;
  const roots = new Set(
    [built.getQueryType(), built.getMutationType(), built.getSubscriptionType()].map((t) => t?.name),
  );
  const problems: SchemaProblem[] = [];
  const check = (path: string, name: string, form: Form, description: string | null | undefined | false) => {
    if (description !== false && !described(description)) problems.push({ path, problem: "has no description" });
    for (const problem of nameProblems(name, form)) problems.push({ path, problem });
  };
  const types = Object.values(built.getTypeMap())
    .filter(isOwnType)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const type of types) {
    check(type.name, type.name, "PascalCase", roots.has(type.name) ? false : type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_FIELDS.has(field.name)) continue;
        const path = `${type.name}.${field.name}`;
        check(path, field.name, "camelCase", field.description);
        for (const arg of field.args) check(`${path}(${arg.name})`, arg.name, "camelCase", arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field.name, "camelCase", field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        check(`${type.name}.${value.name}`, value.name, "UPPER_SNAKE", value.description);
    }
  }
  return problems;
}

/** The problems one per line (`Type.field(arg): has no description`), for a failing test or a tool. */
export function formatProblems(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.problem}`).join("\n");
}
