// Small zod pieces for form fields: every field arrives as text (FormData) and leaves typed, or with a message
// written for the person filling in the form.

import { z } from "zod";

export const text = z.string().trim();

export function requiredText(what: string, max: number) {
  return text.min(1, `Enter ${what}`).max(max, `${capitalise(what)} must be ${max} characters or fewer`);
}

export function optionalText(what: string, max: number) {
  return text
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .transform((value) => (value === "" ? null : value));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}

export const EMAIL_PATTERN = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/;

export function optionalUrl(what: string) {
  return text.max(2000, `${capitalise(what)} must be 2000 characters or fewer`).transform((value, ctx) => {
    if (value === "") return null;
    if (isHttpUrl(value)) return value;
    ctx.addIssue(`Enter ${what} starting with https:// or http://, like https://www.example.gov.uk/page`);
    return z.NEVER;
  });
}

export function optionalEmail(what: string) {
  return text.max(254, `${capitalise(what)} must be 254 characters or fewer`).transform((value, ctx) => {
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
    if (!/^\d{4}$/.test(value) || Number(value) < 1800 || Number(value) > 2100) {
      ctx.addIssue(`${capitalise(what)} must be a year between 1800 and 2100, like 2015`);
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
