import type { GraphError } from "../graphql";

/** The appeal form's fields, named as the graph's SubmitAppealInput paths name them in `extensions.fields`. */
export const APPEAL_FIELDS = [
  "type",
  "category",
  "subject",
  "text",
  "applicant.fullName",
  "applicant.address",
  "applicant.email",
  "applicant.phone",
] as const;

export type AppealField = (typeof APPEAL_FIELDS)[number];
export type AppealValues = Record<AppealField, string>;

export const EMPTY_APPEAL: AppealValues = Object.fromEntries(APPEAL_FIELDS.map((f) => [f, ""])) as AppealValues;

/** The input the form sends: empty optional contacts left out, the key kept for a retry of the same appeal. */
export function appealInput(values: AppealValues, idempotencyKey: string) {
  const optional = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    idempotencyKey,
    type: values.type || "APPLICATION",
    category: values.category,
    subject: values.subject,
    text: values.text,
    channel: "PORTAL",
    applicant: {
      fullName: values["applicant.fullName"],
      address: values["applicant.address"],
      email: optional(values["applicant.email"]),
      phone: optional(values["applicant.phone"]),
    },
  };
}

/**
 * The server's refusal mapped onto the form: each BAD_USER_INPUT `extensions.fields` entry to
 * its field; what names no field of the form (or another error) stays for the whole form.
 */
export function fieldErrors(errors: GraphError[]): {
  byField: Partial<Record<AppealField, string>>;
  general: string[];
} {
  const byField: Partial<Record<AppealField, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const fields = error.extensions?.code === "BAD_USER_INPUT" ? (error.extensions.fields ?? []) : [];
    const known = fields.filter((f) => (APPEAL_FIELDS as readonly string[]).includes(f.field));
    for (const f of known) byField[f.field as AppealField] ??= f.message;
    if (known.length === 0) general.push(error.message);
  }
  return { byField, general };
}
