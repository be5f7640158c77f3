// How the product writes money, dates and years: en-GB, "not reported" written out, never a false £0.

import type { DatePrecision } from "@/lib/vocabulary";

const gbp = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const UNITS = [
  { from: 1e9, suffix: "bn" },
  { from: 1e6, suffix: "m" },
  { from: 1e3, suffix: "k" },
] as const;

/** Below this a figure is written in whole pounds: "£9,500", not "£9.5k". */
const ROUNDED_FROM = 10_000;

/**
 * The product's one way of writing money for reading: three significant figures with £k, £m or £bn ("£1.43m",
 * "£80k", "£17.2m", "£1.34bn"), whole pounds below £10,000 ("£950"). The exports and the API keep exact pounds.
 */
export function formatGbp(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  if (abs < ROUNDED_FROM) return `${sign}${formatGbpExact(abs)}`;
  const rounded = Number(abs.toPrecision(3));
  const unit = UNITS.find((candidate) => rounded >= candidate.from)!;
  return `${sign}£${Number((rounded / unit.from).toPrecision(3))}${unit.suffix}`;
}

/** "£1,433,333": exact whole pounds, where a figure is echoed as given (a filter's bound someone typed). */
export function formatGbpExact(amount: number): string {
  return gbp.format(Math.round(amount));
}

/** A savings figure, or "not reported" — a missing figure is never shown as £0. */
export function formatSavings(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "not reported" : formatGbp(amount);
}

/** "1,234,567" */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "12.3 km", "1,004.0 km" */
export function formatKm(km: number): string {
  return `${oneDecimal.format(km)} km`;
}

/** "1 partnership", "3 partnerships" */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  // "2024", "2024-03" and "2024-03-05" are calendar dates, read in UTC so no time zone shifts the day.
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (match) {
    return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? "1") - 1, Number(match[3] ?? "1")));
  }
  return new Date(value);
}

/** "2020", "March 2024" or "5 March 2024", depending on how precisely the date is known. */
export function formatDate(value: Date | string, precision: DatePrecision = "day"): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  const year = date.getUTCFullYear();
  if (precision === "year") return String(year);
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "month") return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** "March 2024", for a full date known to the day but shown to the month (abolitions, reorganisations). */
export function formatMonthYear(value: Date | string): string {
  return formatDate(value, "month");
}

/**
 * A date held as precisely as it is known ("2019", "2024-03" or "2024-03-05": when an entry was last checked),
 * as pages and cards show it: "2019", "March 2024" — to the month at most. Exports and the API keep the ISO text.
 */
export function formatKnownDate(text: string): string {
  return formatDate(text, /^\d{4}$/.test(text.trim()) ? "year" : "month");
}

export type YearRangeOptions = {
  /** An ended partnership without an end year must not read "to present". */
  status?: string;
};

/** "2008 to present", "2010 to 2020", "2015", "Start year not known". */
export function formatYearRange(
  startYear: number | null | undefined,
  endYear: number | null | undefined,
  options: YearRangeOptions = {},
): string {
  const start = startYear ?? null;
  const end = endYear ?? null;
  if (start === null) {
    return end === null ? "Start year not known" : `Start year not known to ${end}`;
  }
  if (end === null) {
    if (options.status === "ended") return `${start} to end year not known`;
    if (options.status === "planned") return `Planned from ${start}`;
    // Without a known status, "to present" would claim the partnership is still running.
    if (options.status === "unknown") return `From ${start}`;
    return `${start} to present`;
  }
  return start === end ? String(start) : `${start} to ${end}`;
}

/** "over 12 years", "over 8.5 years", "over 1 year". */
export function formatPeriodYears(years: number | null | undefined): string {
  if (years === null || years === undefined) return "period not reported";
  const rounded = Math.round(years * 10) / 10;
  return `over ${rounded} ${rounded === 1 ? "year" : "years"}`;
}

/** "A, B, C and D"; beyond `limit` names: "A, B, C, D, E, F and 4 more". */
export function formatNameList(names: readonly string[], limit = 6): string {
  if (names.length === 0) return "";
  if (names.length > limit) {
    return `${names.slice(0, limit).join(", ")} and ${names.length - limit} more`;
  }
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The host of a link, for link text that says where it goes: "democracy.darlington.gov.uk". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
