import { validate, type ValidationError } from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { badInput } from "./errors";
import type { FieldProblem } from "./i18n/localize-errors";

/**
 * Every invalid field, in the input's order, each with the dotted path of its field (e.g.
 * "applicant.email") and the first message of its failed constraints.
 */
function problems(errors: ValidationError[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    return message ? [{ field, message }] : problems(error.children ?? [], `${field}.`);
  });
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Runs the class-validator decorators of input classes and answers BAD_USER_INPUT naming every
 * invalid field at once (`extensions.fields`; `extensions.field` is the first), before any
 * resolver runs: invalid input never reaches a service. Strings holding NUL are refused first,
 * in every argument.
 */
export const validateInput: ValidatorFn = async (value, _type, { info }) => {
  const nul = nulPath(value, "");
  if (nul !== null)
    throw badInput(nul || info.fieldName, `${nul || "the argument"} must not contain the NUL character (\\u0000)`);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== "object" || item instanceof Date || item.constructor === Object) continue;
    const [first, ...more] = problems(await validate(item, { forbidUnknownValues: false }));
    if (first) throw badInput(first.field, first.message, more);
  }
};
