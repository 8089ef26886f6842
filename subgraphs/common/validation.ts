import { validate, type ValidationError } from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { badInput } from "./errors";

/** The first failed constraint, with the dotted path of its field (e.g. "applicant.email"). */
function firstProblem(errors: ValidationError[], prefix = ""): { field: string; message: string } | null {
  for (const error of errors) {
    const field = `${prefix}${error.property}`;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], `${field}.`);
    if (nested) return nested;
  }
  return null;
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
 * Runs the class-validator decorators of input classes and answers BAD_USER_INPUT naming the
 * field (`extensions.field`), before any resolver runs: invalid input never reaches a service.
 * Strings holding NUL are refused first, in every argument.
 */
export const validateInput: ValidatorFn = async (value, _type, { info }) => {
  const nul = nulPath(value, "");
  if (nul !== null)
    throw badInput(nul || info.fieldName, `${nul || "the argument"} must not contain the NUL character (\\u0000)`);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== "object" || item instanceof Date || item.constructor === Object) continue;
    const problem = firstProblem(await validate(item, { forbidUnknownValues: false }));
    if (problem) throw badInput(problem.field, problem.message);
  }
};
