// Slugs: the product's identifiers in URLs, exports and the database — lower-case words joined by hyphens.

/** A slug as the product defines it (docs/product.md). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The longest slug an entry can have (its name's limit). */
export const MAX_SLUG_LENGTH = 200;

/** Whether text can be a slug at all: pages and the API ask the database only about text that can. */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}

/**
 * Text as a slug: accents and punctuation dropped, "&" read as "and", words joined by hyphens. Longer than
 * `maxLength`, it is cut at the last whole word that fits. Empty when the text has no letters or digits.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : maxLength).replace(/-+$/, "");
}

/** Prisma names enum members with underscores; the product speaks in hyphenated slugs. */
export type Hyphenated<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}-${Hyphenated<Tail>}` : S;

export function toSlug<S extends string>(value: S): Hyphenated<S> {
  return value.replaceAll("_", "-") as Hyphenated<S>;
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** A vocabulary value with its label, as pages show it. */
export type Labelled = { slug: string; label: string };
