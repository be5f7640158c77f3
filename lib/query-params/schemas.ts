// The zod schemas of single query-parameter values. A message names its parameter with NAME, filled in (read.ts
// `wordedFor`) with the parameter's name for the API or its field's label for a page, so one schema serves both.

import { z } from "zod";
import { NAME, normaliseQueryText } from "./read";

const grouped = (n: number) => n.toLocaleString("en-GB");

/** "… must be a whole number from 1 to 1,000,000" (`write` sets how the bounds are written). */
export function rangeMessage(what: string, min: number, max: number, write: (n: number) => string = grouped): string {
  return `${NAME} must be ${what} from ${write(min)} to ${write(max)}`;
}

/** A whole number from `min` to `max`; text that is no number at all is told `notANumber`. */
function numberIn(what: string, min: number, max: number, notANumber: string, write: (n: number) => string) {
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, notANumber)
    .transform(Number)
    .refine((n) => n >= min && n <= max, rangeMessage(what, min, max, write));
}

/**
 * A whole number from `min` to `max`. Text that is no number at all is told `notANumber` (by default "must be
 * <what>"); a number out of range is told the range.
 */
export function wholeNumber(what: string, min: number, max: number, notANumber = `${NAME} must be ${what}`) {
  return numberIn(what, min, max, notANumber, grouped);
}

/** A year from `min` to `max`, written as years are: "… must be a year from 1800 to 2100". */
export function year(min: number, max: number) {
  return numberIn("a year", min, max, `${NAME} must be a year, such as 2012`, String);
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

/**
 * A year, a month or a day as ISO text ("2024", "2024-03", "2024-03-05") from year `min` to `max`: a real date,
 * kept as the text given.
 */
export function partialDate(min: number, max: number) {
  const shape = `${NAME} must be a year, a month or a day, such as 2024, 2024-03 or 2024-03-05`;
  return z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, shape)
    .refine((text) => {
      const [year, month = 1, day = 1] = text.split("-").map(Number) as [number, number?, number?];
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }, `${NAME} is not a date on the calendar`)
    .refine(
      (text) => Number(text.slice(0, 4)) >= min && Number(text.slice(0, 4)) <= max,
      rangeMessage("a year", min, max),
    );
}
