// Reading query parameters, for every parser of a URL (the partnership filter, the council search, the export
// options): values as the URL gives them, the problems said the same way everywhere, in the shape of the API's
// error body.

/** Raw query parameters however they arrive: URLSearchParams (API) or Next's searchParams object (pages). */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** One problem with one parameter, in the shape of the API's error body. */
export interface ParameterProblem {
  parameter: string;
  message: string;
  allowed?: readonly string[];
}

/** More values than any vocabulary has: a longer list is a malformed URL, not a filter. */
export const MAX_REPEATS = 50;

/** Every value of one parameter, in order (several when repeated). */
export function valuesOf(params: RawParams, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The names of the parameters given, each once. */
export function namesOf(params: RawParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

/** The values actually given: an empty value (`?q=`) means "not set", as a GET form sends it. */
export function givenValues(params: RawParams, name: string): string[] {
  return valuesOf(params, name).filter((value) => value.trim() !== "");
}

/** A repeatable parameter's values: `?type=district&type=unitary` or `?type=district,unitary`. */
export function listValues(params: RawParams, name: string): string[] {
  return valuesOf(params, name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A value quoted back in a message, cut short so a long URL does not make a long message. */
export function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Free text as the searches use it: NFC, control characters (which PostgreSQL text cannot hold, such as NUL) and
 * runs of white space turned into single spaces, trimmed.
 */
export function normaliseQueryText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
    .trim();
}

/** Stands for the parameter's name in a schema's messages (lib/query-params/schemas.ts). */
export const NAME = "{parameter}";

export function wordedFor(message: string, name: string): string {
  return message.replaceAll(NAME, name);
}

/** How a message is worded for its reader: the API names parameters and quotes values plainly. */
export interface Words {
  /** The parameter a message is about, as the message starts. */
  subject(parameter: string): string;
  /** Another parameter the message mentions. */
  mention(parameter: string): string;
  quote(value: string): string;
  /** The allowed values, where the reader has no other list of them. */
  allowed(values: readonly string[]): string;
  /** True for a page, where every parameter is a field with a label. */
  forPage: boolean;
}

export const API_WORDS: Words = {
  subject: (parameter) => parameter,
  mention: (parameter) => parameter,
  quote: (value) => `"${value}"`,
  allowed: (values) => `; allowed values are: ${values.join(", ")}`,
  forPage: false,
};

/** The messages every parser says the same way. */
export const say = {
  givenOnce: (w: Words, parameter: string) => `${w.subject(parameter)} can be given only once`,
  repeatedTooOften: (w: Words, parameter: string) =>
    `${w.subject(parameter)} is repeated too many times (at most ${MAX_REPEATS})`,
  unknownValue: (w: Words, parameter: string, value: string, allowed: readonly string[]) =>
    `${w.subject(parameter)} has an unknown value ${w.quote(truncate(value))}${w.allowed(allowed)}`,
};

/** What is wrong with a parameter, in words for either reader. */
export type Problem = (words: Words) => string;

/**
 * A repeatable vocabulary parameter: its known values (each once, in order), and what is wrong with it — more
 * values than any vocabulary has (`tooMany`, and then no values), or an unknown value (the first one).
 */
export function readChoices(
  params: RawParams,
  name: string,
  allowed: readonly string[],
): { values: string[]; tooMany: Problem | null; unknown: Problem | null } {
  const values = listValues(params, name);
  if (values.length > MAX_REPEATS) {
    return { values: [], tooMany: (w) => say.repeatedTooOften(w, name), unknown: null };
  }
  const unknown = values.find((value) => !allowed.includes(value));
  return {
    values: [...new Set(values.filter((value) => allowed.includes(value)))],
    tooMany: null,
    unknown: unknown === undefined ? null : (w) => say.unknownValue(w, name, unknown, allowed),
  };
}

/** A parameter given at most once, parsed by its schema; `value` is undefined when it is not given or not valid. */
export function readSingle<T>(
  params: RawParams,
  name: string,
  schema: {
    safeParse(value: string): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
): { value?: T; problem: Problem | null } {
  const values = givenValues(params, name);
  if (values.length === 0) return { problem: null };
  if (values.length > 1) return { problem: (w) => say.givenOnce(w, name) };
  const result = schema.safeParse(values[0]!);
  if (result.success) return { value: result.data, problem: null };
  const message = result.error.issues[0]?.message ?? `${NAME} is not valid`;
  return { problem: (w) => wordedFor(message, w.subject(name)) };
}
