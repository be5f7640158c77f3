// Two to four partnerships side by side: the request's slugs checked, and the comparison as one table — a row
// per thing compared, a column per partnership — which the page shows and the CSV download writes. Pure.

import { csvCell, csvRecord } from "@/lib/data-exchange/csv";
import { formatYearRange } from "@/lib/format";
import { describeClaim, describePartnershipSavings } from "@/lib/savings";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/vocabulary";
import type { PartnershipDetail } from "./types";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export type CompareRequest = { ok: true; slugs: string[] } | { ok: false; message: string };

/** The slugs of `?slug=a&slug=b` (or `slug=a,b`), each once, in order; 2 to 4 of them. */
export function compareSlugs(params: URLSearchParams): CompareRequest {
  const unknownNames = [...new Set(params.keys())].filter((name) => name !== "slug" && name !== "format");
  if (unknownNames.length) {
    return { ok: false, message: `${unknownNames[0]} is not a comparison parameter: give the partnerships as slug` };
  }
  const slugs = [
    ...new Set(
      params
        .getAll("slug")
        .flatMap((value) => value.split(","))
        .map((value) => value.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (slugs.length < MIN_COMPARED) {
    return {
      ok: false,
      message:
        slugs.length === 0
          ? "Choose two to four partnerships to compare"
          : "Choose at least one more partnership to compare with: a comparison needs two to four",
    };
  }
  if (slugs.length > MAX_COMPARED) {
    return {
      ok: false,
      message: `You chose ${slugs.length} partnerships: compare at most ${MAX_COMPARED} at a time`,
    };
  }
  return { ok: true, slugs };
}

export function unknownSlugsMessage(unknown: string[]): string {
  return unknown.length === 1
    ? `There is no partnership with the identifier “${unknown[0]}”`
    : `There are no partnerships with the identifiers ${unknown.map((slug) => `“${slug}”`).join(", ")}`;
}

/** One line of a cell: text, and where it links to when it names something with a page. */
export type CompareLine = { text: string; href?: string; external?: boolean };

export type ComparisonRow = { key: string; label: string; cells: CompareLine[][] };

const line = (text: string, href?: string, external?: boolean): CompareLine =>
  external ? { text, href, external } : href ? { text, href } : { text };
const orNotRecorded = (lines: CompareLine[]) => (lines.length ? lines : [line("Not recorded")]);

/** The rows of a comparison, in reading order. */
export function comparisonRows(partnerships: PartnershipDetail[]): ComparisonRow[] {
  const row = (key: string, label: string, cell: (p: PartnershipDetail) => CompareLine[]): ComparisonRow => ({
    key,
    label,
    cells: partnerships.map(cell),
  });
  return [
    row("name", "Partnership", (p) => [line(p.name, `/partnerships/${p.slug}`)]),
    row("summary", "Summary", (p) => [line(p.summary)]),
    row("members", "Members", (p) =>
      orNotRecorded(
        p.members.map((m) =>
          line(
            `${m.name}${m.abolished ? " (abolished)" : ""}${m.role === "member" ? "" : ` — ${ROLE_LABELS[m.role].toLowerCase()}`}`,
            m.gss ? `/councils/${m.gss}` : undefined,
          ),
        ),
      ),
    ),
    row("model", "Model", (p) => [line(p.modelType.label)]),
    row("status", "Status", (p) => [line(STATUS_LABELS[p.status])]),
    row("years", "Years", (p) => [line(formatYearRange(p.startYear, p.endYear, { status: p.status }))]),
    row("services", "Service areas", (p) => orNotRecorded(p.serviceAreas.map((area) => line(area.label)))),
    row("savings", "Savings a year", (p) => [line(describePartnershipSavings(p.savings))]),
    row("claims", "Savings reported", (p) =>
      p.savings.length ? p.savings.map((claim) => line(describeClaim(claim))) : [line("Not reported")],
    ),
    row("sources", "Sources", (p) => orNotRecorded(p.sources.map((s) => line(s.title ?? s.url, s.url, true)))),
    row("contact", "Contact", (p) =>
      orNotRecorded([
        ...(p.contact?.website ? [line(p.contact.website, p.contact.website, true)] : []),
        ...(p.contact?.email ? [line(p.contact.email, `mailto:${p.contact.email}`)] : []),
        ...(p.contact?.councils ?? []).map((council) =>
          line(`${council.name}${council.role === "lead" ? " (lead council)" : ""}`, council.homepageUrl, true),
        ),
      ]),
    ),
  ];
}

/** The comparison as CSV: a row per thing compared, a column per partnership, a cell's lines "; "-joined. */
export function comparisonCsv(partnerships: PartnershipDetail[]): string {
  const rows = comparisonRows(partnerships);
  return [
    csvRecord(["", ...partnerships.map((p) => csvCell(p.slug, "string"))]),
    ...rows.map((row) =>
      csvRecord([
        csvCell(row.label, "string"),
        ...row.cells.map((cell) =>
          csvCell(
            cell
              .map((l) => (l.href && !l.href.startsWith("/") && l.text !== l.href ? `${l.text} <${l.href}>` : l.text))
              .join("; "),
            "string",
          ),
        ),
      ]),
    ),
  ].join("");
}
