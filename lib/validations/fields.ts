// Small zod pieces for form fields: every field arrives as text (FormData) and leaves typed, or with a message
// written for the person filling in the form.

import { z } from "zod";
import { CONTROL_CHARACTERS, EMAIL_PATTERN, isHttpUrl, PARTNERSHIP_LIMITS } from "./limits";

export { EMAIL_PATTERN, isHttpUrl };

/** Trimmed text; control characters (a NUL byte, say) are refused, as no field can store them. */
export const text = z
  .string()
  .trim()
  .refine((value) => !CONTROL_CHARACTERS.test(value), "Remove the control characters (such as NUL) from this answer");

export function requiredText(what: string, max: number, min = 1) {
  return text
    .min(1, `Enter ${what}`)
    .min(min, `${capitalise(what)} must be at least ${min} characters`)
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`);
}

export function optionalText(what: string, max: number) {
  return text
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .transform((value) => (value === "" ? null : value));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function optionalUrl(what: string) {
  const { max } = PARTNERSHIP_LIMITS.url;
  return text.max(max, `${capitalise(what)} must be ${max} characters or fewer`).transform((value, ctx) => {
    if (value === "") return null;
    if (isHttpUrl(value)) return value;
    ctx.addIssue(`Enter ${what} starting with https:// or http://, like https://www.example.gov.uk/page`);
    return z.NEVER;
  });
}

export function optionalEmail(what: string) {
  const { max } = PARTNERSHIP_LIMITS.email;
  return text.max(max, `${capitalise(what)} must be ${max} characters or fewer`).transform((value, ctx) => {
    if (value === "") return null;
    if (EMAIL_PATTERN.test(value)) return value;
    ctx.addIssue(`Enter ${what} in the correct format, like name@example.gov.uk`);
    return z.NEVER;
  });
}

export function requiredEmail(what: string) {
  return optionalEmail(what).transform((value, ctx) => {
    if (value !== null) return value;
    ctx.addIssue(`Enter ${what}`);
    return z.NEVER;
  });
}

export function optionalYear(what: string) {
  return text.transform((value, ctx): number | null => {
    if (value === "") return null;
    const { min, max } = PARTNERSHIP_LIMITS.year;
    if (!/^\d{4}$/.test(value) || Number(value) < min || Number(value) > max) {
      ctx.addIssue(`${capitalise(what)} must be a year between ${min} and ${max}, like 2015`);
      return z.NEVER;
    }
    return Number(value);
  });
}

/** Non-empty trimmed lines of a textarea. */
export function linesOf(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Field errors keyed by the field's id ("name", "savings-0-amount"): what the form and the error summary use. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join("-") : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
