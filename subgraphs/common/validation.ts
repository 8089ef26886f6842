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

/**
 * Runs the class-validator decorators of input classes and answers BAD_USER_INPUT naming the
 * field (`extensions.field`), before any resolver runs: invalid input never reaches a service.
 */
export const validateInput: ValidatorFn = async (value) => {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== "object" || item instanceof Date || item.constructor === Object) continue;
    const problem = firstProblem(await validate(item, { forbidUnknownValues: false }));
    if (problem) throw badInput(problem.field, problem.message);
  }
};
