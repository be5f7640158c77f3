// The limits of a partnership entry's fields, written once: the public submission form and a moderator's edit
// (lib/validations/partnership.ts) and the seed and import files (lib/seed/schemas.ts) all check against these,
// so nothing one of them accepts is refused by another — or stored without a limit. docs/product.md lists them.
// Pure.

export const PARTNERSHIP_LIMITS = {
  name: { min: 3, max: 200 },
  summary: { min: 10, max: 2000 },
  /** Each web address: a source, a savings source, a contact page. */
  url: { max: 2000 },
  sources: { min: 1, max: 20 },
  /** Member councils and other partners together. */
  members: { max: 100 },
  savingsClaims: { max: 10 },
  /** A savings claim's note, a member's note. */
  note: { max: 500 },
  /** Notes about the sources (import files). */
  sourceNotes: { max: 2000 },
  email: { max: 254 },
  year: { min: 1800, max: 2100 },
} as const;

/** An http(s) address with a host name that has a dot, no white space, at most the URL limit. */
export function isHttpUrl(value: string): boolean {
  if (value.length > PARTNERSHIP_LIMITS.url.max || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const EMAIL_PATTERN = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/;

export function isEmail(value: string): boolean {
  return value.length <= PARTNERSHIP_LIMITS.email.max && EMAIL_PATTERN.test(value);
}

/** Control characters (NUL above all) that no text field may hold; tabs and line ends aside. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
