// When an entry was last checked against its sources, as precisely as it is known: "2020", "2020-03" or
// "2020-03-05". The database keeps a date and its precision; everything else — the API, the exports, the
// snapshots, the moderators' list — writes and reads this text, here.

import type { DatePrecision } from "@/lib/vocabulary";

const LENGTH = { year: 4, month: 7, day: 10 } as const;

/** "2020-02-01" (or a Date) at month precision → "2020-02". */
export function lastVerifiedText(date: string | Date, precision: DatePrecision): string {
  const iso = typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10);
  return iso.slice(0, LENGTH[precision]);
}

/** The date and precision a text stands for: "2024" → 2024-01-01 at year, "2024-03" → 2024-03-01 at month. */
export function lastVerifiedDate(text: string): { date: string; precision: DatePrecision } {
  if (/^\d{4}$/.test(text)) return { date: `${text}-01-01`, precision: "year" };
  if (/^\d{4}-\d{2}$/.test(text)) return { date: `${text}-01`, precision: "month" };
  return { date: text.slice(0, 10), precision: "day" };
}

/** The SQL for a membership's partial date as this text: "2015", "2019-03" or "2019-03-31"; null when not known. */
export function memberDateSql(alias: string, event: "joined" | "left"): string {
  return `left(${alias}.${event}_on::text, CASE ${alias}.${event}_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END)`;
}
