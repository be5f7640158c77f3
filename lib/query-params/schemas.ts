// The zod schemas of single query-parameter values. A message names its parameter with NAME, filled in (read.ts
// `wordedFor`) with the parameter's name for the API or its field's label for a page, so one schema serves both.

import { z } from "zod";
import { NAME, normaliseQueryText } from "./read";

const grouped = (n: number) => n.toLocaleString("en-GB");

/** "… must be a year from 1,800 to 2,100" */
export function rangeMessage(what: string, min: number, max: number): string {
  return `${NAME} must be ${what} from ${grouped(min)} to ${grouped(max)}`;
}

/**
 * A whole number from `min` to `max`. Text that is no number at all is told `notANumber` (by default "must be
 * <what>"); a number out of range is told the range.
 */
export function wholeNumber(what: string, min: number, max: number, notANumber = `${NAME} must be ${what}`) {
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, notANumber)
    .transform(Number)
    .refine((n) => n >= min && n <= max, rangeMessage(what, min, max));
}

/**
 * Free text, normalised, at most `max` characters; empty text means none. Text with no letter or digit in it (an
 * emoji, punctuation, bytes that were no UTF-8) has nothing to search for: it is refused, naming the parameter,
 * rather than silently matching everything (docs/decisions/015-search-text-limits.md).
 */
export function freeText(max: number) {
  return z
    .string()
    .transform(normaliseQueryText)
    .refine((value) => value.length <= max, `${NAME} must be at most ${max} characters`)
    .refine(
      (value) => value === "" || /[\p{L}\p{N}]/u.test(value),
      `${NAME} must contain letters or numbers to search for`,
    )
    .transform((value) => value || null);
}

/** One value of a fixed list. */
export function oneOf<T extends string>(
  values: readonly [T, ...T[]],
  message = `${NAME} must be one of: ${values.join(", ")}`,
) {
  return z.enum(values, { error: message });
}
