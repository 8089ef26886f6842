import { badInput } from "../../common/errors";

/** Checks a fiscal year argument against the range the budget tables hold. */
export function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw badInput("year", `year must be between 2000 and 2100, got ${year}`);
  return year;
}
