import { addDays, addMonths, kyivDate } from "../../common/calendar";

/**
 * Terms of art. 20 of the Law of Ukraine "On Citizens' Appeals".
 *
 * Terms run in calendar days from the day of receipt as a Kyiv clock shows it (an appeal received at
 * 00:30 Kyiv time on 1 April counts from 1 April, though it is still 31 March in UTC). The law does
 * not move a term that ends on a weekend or holiday, so neither do we.
 */

/**
 * The due date of an appeal: a 15-day term (appeals that need no extra study) ends on the day of
 * receipt + 15 days; the general 30-day term is "not more than one month", so it ends on the same day
 * number of the next month, clamped to that month's last day (received 2024-01-31 → due 2024-02-29).
 * Counting a month rather than 30 days is what the law says and what the citizen is told.
 */
export function appealDueDate(receivedAt: Date, termDays: 15 | 30): string {
  const received = kyivDate(receivedAt);
  return termDays === 15 ? addDays(received, 15) : addMonths(received, 1);
}

/**
 * The ceiling of any term: when the head of the body extends a term, the total may not exceed
 * 45 days from receipt. Extensions are checked against it, never against the original due date.
 */
export const MAX_TERM_DAYS = 45;

/** The latest lawful due date of an appeal, extensions included: day of receipt in Kyiv + 45 days. */
export function latestDueDate(receivedAt: Date): string {
  return addDays(kyivDate(receivedAt), MAX_TERM_DAYS);
}
