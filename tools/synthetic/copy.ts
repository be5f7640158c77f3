// Rows for PostgreSQL's COPY … FROM STDIN, in its text format.

export type CopyField = string | number | null;

/** One row in COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(fields: readonly CopyField[]): string {
  return `${fields
    .map((field) =>
      field === null
        ? "\\N"
        : typeof field === "number"
          ? String(field)
          : field.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!),
    )
    .join("\t")}\n`;
}
