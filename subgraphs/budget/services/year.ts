import { badInput } from "../../common/errors";

/** The fiscal years the budget tables hold (and a `year` argument may name). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** Describes a `year` argument, with the range checkYear enforces. */
export const YEAR_ARG = { description: `The fiscal year, ${FIRST_YEAR} to ${LAST_YEAR}.` } as const;

/** Checks a fiscal year argument against the range the budget tables hold. */
export function checkYear(year: number): number {
  if (year < FIRST_YEAR || year > LAST_YEAR)
    throw badInput("year", `year must be between ${FIRST_YEAR} and ${LAST_YEAR}, got ${year}`);
  return year;
}
