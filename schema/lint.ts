import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
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

/** Descriptions shorter than this say nothing ("Id", "The name"); a blank one is missing. */
const MIN_DESCRIPTION = 3;

function described(description: string | null | undefined): boolean {
  return (description ?? "").trim().length >= MIN_DESCRIPTION;
}

function isOwnType(type: GraphQLNamedType): boolean {
  return !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !FEDERATION_TYPES.test(type.name);
}

type Element = GraphQLNamedType | GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField;

/**
 * Every object, interface, input, enum, union and scalar type, field, argument, input field and
 * enum value of `schema` (a GraphQLSchema, or SDL, which may use directives it does not declare)
 * needs a description, and a name in the house's conventions: types PascalCase, fields and
 * arguments camelCase, enum values UPPER_SNAKE. Query, Mutation and Subscription need no
 * description of their own (their fields have one each). Returns the problems by type name;
 * none means the schema explains itself.
 */
export function lintSchema(schema: GraphQLSchema | string): SchemaProblem[] {
  const built = typeof schema === "string" ? buildSchema(schema, { assumeValidSDL: true }) : schema;
  const roots = new Set(
    [built.getQueryType(), built.getMutationType(), built.getSubscriptionType()].map((t) => t?.name),
  );
  const problems: SchemaProblem[] = [];
  const check = (path: string, element: Element | { description?: string | null }, name: string, form: RegExp) => {
    if (!described(element.description)) problems.push({ path, problem: "has no description" });
    if (!form.test(name)) problems.push({ path, problem: `is not named ${formName(form)}` });
  };
  const types = Object.values(built.getTypeMap())
    .filter(isOwnType)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const type of types) {
    if (roots.has(type.name)) {
      if (!PASCAL.test(type.name)) problems.push({ path: type.name, problem: "is not named PascalCase" });
    } else check(type.name, type, type.name, PASCAL);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_FIELDS.has(field.name)) continue;
        const path = `${type.name}.${field.name}`;
        check(path, field, field.name, CAMEL);
        for (const arg of field.args) check(`${path}(${arg.name})`, arg, arg.name, CAMEL);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field, field.name, CAMEL);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value, value.name, UPPER_SNAKE);
    }
  }
  return problems;
}

function formName(form: RegExp): string {
  if (form === PASCAL) return "PascalCase";
  return form === CAMEL ? "camelCase" : "UPPER_SNAKE";
}

/** The problems one per line (`Type.field(arg): has no description`), for a failing test or a tool. */
export function formatProblems(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.problem}`).join("\n");
}
