// The CSV export's columns, defined once: the exporter writes them, the /data page's data dictionary and the
// machine-readable Table Schema describe them, and the importer reads them back. Column names that the seed
// file (seed-data/partnerships.csv) also has mean the same thing and use the same syntax, so the importer
// validates them with the seed's own schemas.

import { nearestKm } from "@/lib/geo/distance";
import { formatMemberNotes, formatMemberReference, joinList } from "@/lib/seed/members";
import { MEMBER_EVENTS } from "@/lib/seed/member-dates";
import { contactOf } from "@/lib/partnerships/contact";
import { PARTNER_KINDS } from "@/lib/vocabulary";
import type { PartnershipRow } from "@/lib/partnerships/types";
import { type ExportContext, pageUrl } from "./row";
import type { ChoicesParameter } from "@/lib/filters/parameters";

export type ColumnType = "string" | "integer" | "number";

/**
 * How the importer treats a column: `input` is read and stored; `derived` is computed from the input columns
 * (names, labels, the annualised estimate, the page address) and ignored on import; `new-partners` is read only
 * to add partners the directory does not hold yet, and may be left out.
 */
export type ColumnUse = "input" | "derived" | "new-partners";

export type ExportColumn = {
  name: string;
  title: string;
  description: string;
  type: ColumnType;
  /** A "; "-joined list. */
  list?: boolean;
  required?: boolean;
  use: ColumnUse;
  example: string;
  value: (row: PartnershipRow, context: ExportContext) => string | number | null;
};

const councils = (row: PartnershipRow) => row.members.filter((m) => m.gss !== null);
const others = (row: PartnershipRow) => row.members.filter((m) => m.gss === null);
/** One claim: the value itself (a number stays a number); several: a "; "-joined list. */
const claimValue = (
  row: PartnershipRow,
  pick: (claim: PartnershipRow["savings"][number]) => string | number | null,
) => {
  if (row.savings.length === 0) return null;
  if (row.savings.length === 1) return pick(row.savings[0]!);
  return joinList(row.savings.map((claim) => String(pick(claim) ?? "")));
};
const listOrNull = (items: string[]) => (items.length ? joinList(items) : null);

export const EXPORT_COLUMNS = [
  {
    name: "slug",
    title: "Identifier",
    description: "The partnership's stable identifier, as in its page address. The importer matches on it.",
    type: "string",
    required: true,
    use: "input",
    example: "xentrall",
    value: (row) => row.slug,
  },
  {
    name: "name",
    title: "Name",
    description: "The partnership's name.",
    type: "string",
    required: true,
    use: "input",
    example: "Xentrall Shared Services",
    value: (row) => row.name,
  },
  {
    name: "summary",
    title: "Summary",
    description: "What is shared, by whom, in a sentence or two.",
    type: "string",
    required: true,
    use: "input",
    example: "Stockton-on-Tees hosts a joint back-office service for itself and Darlington.",
    value: (row) => row.summary,
  },
  {
    name: "model_type",
    title: "Model type",
    description:
      "How the partnership is organised, as a slug: shared-service, shared-management-team, joint-venture, joint-committee, council-owned-company, outsourced-partnership, lead-authority-arrangement, consortium or other.",
    type: "string",
    required: true,
    use: "input",
    example: "lead-authority-arrangement",
    value: (row) => row.modelType,
  },
  {
    name: "model_type_label",
    title: "Model type (label)",
    description: "The model type in words.",
    type: "string",
    use: "derived",
    example: "Lead-authority arrangement",
    value: (row) => row.modelTypeLabel,
  },
  {
    name: "status",
    title: "Status",
    description: "active, ended, planned or unknown.",
    type: "string",
    required: true,
    use: "input",
    example: "active",
    value: (row) => row.status,
  },
  {
    name: "start_year",
    title: "Start year",
    description: "The year the partnership started; blank when not known.",
    type: "integer",
    use: "input",
    example: "2008",
    value: (row) => row.startYear,
  },
  {
    name: "end_year",
    title: "End year",
    description: "The year the partnership ended; blank when it has not ended or is not known.",
    type: "integer",
    use: "input",
    example: "",
    value: (row) => row.endYear,
  },
  {
    name: "service_areas",
    title: "Service areas",
    description: "The services shared, as slugs, in the product's order.",
    type: "string",
    list: true,
    required: true,
    use: "input",
    example: "ict-digital; hr-payroll",
    value: (row) => listOrNull(row.serviceAreas.map((area) => area.slug)),
  },
  {
    name: "service_area_labels",
    title: "Service areas (labels)",
    description: "The same service areas in words, in the same order.",
    type: "string",
    list: true,
    use: "derived",
    example: "ICT & digital; HR & payroll",
    value: (row) => listOrNull(row.serviceAreas.map((area) => area.label)),
  },
  {
    name: "members",
    title: "Members",
    description:
      "Every member in order: a council's GSS code or another partner's identifier, followed by its role in square brackets when it is not a plain member ([lead] for the lead or host, [provider] for a provider).",
    type: "string",
    list: true,
    required: true,
    use: "input",
    example: "E06000004 [lead]; E06000005",
    value: (row) => listOrNull(row.members.map((m) => formatMemberReference({ ref: m.gss ?? m.slug, role: m.role }))),
  },
  {
    name: "member_notes",
    title: "Member notes",
    description: 'Notes qualifying a membership, as "reference: note" pairs, e.g. "E07000078: from 2018".',
    type: "string",
    list: true,
    use: "input",
    example: "civica: from February 2018",
    value: (row) => {
      const notes = new Map(row.members.flatMap((m) => (m.note ? [[m.gss ?? m.slug, m.note] as const] : [])));
      return notes.size ? formatMemberNotes(notes) : null;
    },
  },
  {
    name: "member_dates",
    title: "Member dates",
    description:
      'When members joined or left, as precisely as known, as "reference joined|left date" items (date YYYY, YYYY-MM or YYYY-MM-DD).',
    type: "string",
    list: true,
    use: "input",
    example: "E07000081 joined 2015; E07000085 left 2022",
    value: (row) =>
      listOrNull(
        row.members.flatMap((m) =>
          MEMBER_EVENTS.flatMap((event) => (m[event] ? [`${m.gss ?? m.slug} ${event} ${m[event]}`] : [])),
        ),
      ),
  },
  {
    name: "member_council_names",
    title: "Member councils",
    description: "The names of the member councils, in the order of members.",
    type: "string",
    list: true,
    use: "derived",
    example: "Stockton-on-Tees; Darlington",
    value: (row) => listOrNull(councils(row).map((m) => m.name)),
  },
  {
    name: "member_council_gss",
    title: "Member councils' GSS codes",
    description: "The member councils' GSS codes (ONS Government Statistical Service codes), in the same order.",
    type: "string",
    list: true,
    use: "derived",
    example: "E06000004; E06000005",
    value: (row) => listOrNull(councils(row).map((m) => m.gss!)),
  },
  {
    name: "other_partners",
    title: "Other partners",
    description:
      "The names of the members that are not councils: companies, NHS bodies, voluntary and other public bodies.",
    type: "string",
    list: true,
    use: "derived",
    example: "Norse Group",
    value: (row) => listOrNull(others(row).map((m) => m.name)),
  },
  {
    name: "other_partner_kinds",
    title: "Other partners' kinds",
    description: `What each member that is not a council is, as "name: kind" pairs; the kinds are ${PARTNER_KINDS.join(", ")}. On import, gives the kind of a partner the directory does not hold yet (without one it is added as other).`,
    type: "string",
    list: true,
    use: "new-partners",
    example: "Norse Group: company",
    value: (row) => listOrNull(others(row).map((m) => `${m.name}: ${m.kind}`)),
  },
  {
    name: "savings_gbp",
    title: "Savings claimed (£)",
    description:
      'The savings figure claimed, in whole pounds; blank when not reported (never 0 for not reported). Several claims are "; "-joined.',
    type: "integer",
    use: "input",
    example: "17200000",
    value: (row) => claimValue(row, (c) => c.amountGbp),
  },
  {
    name: "savings_basis",
    title: "Savings basis",
    description: "What the figure is: annual, cumulative, projected-total or projected-annual.",
    type: "string",
    use: "input",
    example: "cumulative",
    value: (row) => claimValue(row, (c) => c.basis),
  },
  {
    name: "savings_period_years",
    title: "Savings period (years)",
    description: "The number of years the figure covers, when known.",
    type: "number",
    use: "input",
    example: "12",
    value: (row) => claimValue(row, (c) => c.periodYears),
  },
  {
    name: "savings_period_note",
    title: "Savings note",
    description: "What the source says about the figure's period or scope.",
    type: "string",
    use: "input",
    example: "over 12 years to 2020",
    value: (row) => claimValue(row, (c) => c.note),
  },
  {
    name: "savings_source_url",
    title: "Savings source",
    description: "The address of the document the figure comes from, when it differs from the general sources.",
    type: "string",
    use: "input",
    example: "",
    value: (row) => claimValue(row, (c) => c.sourceUrl),
  },
  {
    name: "savings_credited_to",
    title: "Whose saving",
    description:
      "Whose saving the figure is: blank for the whole partnership, else the member councils' GSS codes joined by \" + \" (E07000078 + E07000079). The map shares a whole partnership's figure equally among its member councils, and a named council's figure goes to that council.",
    type: "string",
    use: "input",
    example: "",
    value: (row) => claimValue(row, (c) => c.creditedTo.join(" + ")),
  },
  {
    name: "savings_reported_year",
    title: "Savings reported in",
    description: "The year the figure was reported, when known.",
    type: "integer",
    use: "input",
    example: "2020",
    value: (row) => claimValue(row, (c) => c.reportedYear),
  },
  {
    name: "annualised_savings_gbp",
    title: "Annualised savings estimate (£ a year)",
    description:
      "The comparable yearly estimate derived from the claims: annual and projected-annual figures as stated, cumulative and projected-total figures divided by the years they cover. Blank when not reported or when the period is unknown.",
    type: "integer",
    use: "derived",
    example: "1433333",
    value: (row) => row.annualisedSavingsGbp,
  },
  {
    name: "source_urls",
    title: "Sources",
    description: "The addresses of the public documents the entry rests on.",
    type: "string",
    list: true,
    use: "input",
    example: "https://democracy.darlington.gov.uk/ieDecisionDetails.aspx?AIId=3851",
    value: (row) => listOrNull(row.sources),
  },
  {
    name: "source_notes",
    title: "Source notes",
    description: "What each figure and date rests on.",
    type: "string",
    use: "input",
    example: "Darlington cabinet in 2020 reported £17.2m achieved over 12 years.",
    value: (row) => row.sourceNotes,
  },
  {
    name: "last_verified",
    title: "Last verified",
    description:
      "When the entry was last checked against its sources: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known.",
    type: "string",
    use: "input",
    example: "2020",
    value: (row) => row.lastVerified,
  },
  {
    name: "contact_email",
    title: "Contact email",
    description: "A role mailbox for the partnership (never a named person).",
    type: "string",
    use: "input",
    example: "",
    value: (row) => row.contactEmail,
  },
  {
    name: "contact_url",
    title: "Website or contact page",
    description: "The partnership's own website or a page for contacting it.",
    type: "string",
    use: "input",
    example: "",
    value: (row) => row.contactUrl,
  },
  {
    name: "contact_councils",
    title: "Councils to contact",
    description:
      'The lead council first, then the other member councils, each as "name: homepage"; with contact_url (the partnership\'s own website or contact page) and contact_email, every public way to get in touch.',
    type: "string",
    list: true,
    use: "derived",
    example: "Stockton-on-Tees: https://www.stockton.gov.uk",
    value: (row) =>
      listOrNull(
        contactOf(row, row.members)?.councils.map((council) => `${council.name}: ${council.homepageUrl}`) ?? [],
      ),
  },
  {
    name: "predecessors",
    title: "Came before",
    description:
      "The identifiers (slugs) of the partnerships this one followed or replaced, such as an earlier stage of the same collaboration.",
    type: "string",
    list: true,
    use: "input",
    example: "2020-vision-joint-committee",
    value: (row) => listOrNull(row.predecessors),
  },
  {
    name: "part_of",
    title: "Part of",
    description: "The identifiers (slugs) of the wider arrangements this partnership is part of.",
    type: "string",
    list: true,
    use: "input",
    example: "mid-kent-improvement-partnership",
    value: (row) => listOrNull(row.partOf),
  },
  {
    name: "counted_through",
    title: "Counted through",
    description:
      "With a council filter: the abolished member councils through which the partnership counts for a chosen council that is not itself a member (its predecessors), with the date each was abolished and the council it counts for. Blank otherwise.",
    type: "string",
    list: true,
    use: "derived",
    example: "Allerdale (E07000026, abolished 2023-03-31) for Cumberland (E06000063)",
    value: (row) =>
      listOrNull(
        row.viaPredecessors.map(
          (via) =>
            `${via.name} (${via.gss}${via.abolishedOn ? `, abolished ${via.abolishedOn}` : ""}) for ${via.successorName} (${via.successorGss})`,
        ),
      ),
  },
  {
    name: "url",
    title: "Page",
    description: "The partnership's page in the directory.",
    type: "string",
    use: "derived",
    example: "https://example.org/partnerships/xentrall",
    value: (row, context) => pageUrl(row, context),
  },
  {
    name: "distance_km",
    title: "Distance (km)",
    description:
      "In an export filtered by near only: kilometres, to one decimal, from that council's point to the partnership's nearest member. Blank otherwise.",
    type: "number",
    use: "derived",
    example: "12.1",
    value: (row, context) => (context.near ? nearestKm(context.near, row.members) : null),
  },
] as const satisfies readonly ExportColumn[];

export type ExportColumnName = (typeof EXPORT_COLUMNS)[number]["name"];
export const EXPORT_COLUMN_NAMES: readonly ExportColumnName[] = EXPORT_COLUMNS.map((column) => column.name);

/**
 * `columns`: the CSV and JSON exports' choice of columns, a parameter like the filter's repeatable ones
 * (`columns=slug,name` or `columns=slug&columns=name`), read by the same reader and worded the same way; its
 * values are the data dictionary's column names, in the order given.
 */
export const COLUMNS_PARAMETER = {
  kind: "choices",
  label: "Columns",
  field: true,
  empty: [],
  values: EXPORT_COLUMN_NAMES,
  openApi: {
    description:
      "The columns to export, by their data-dictionary names, in the order wanted (comma-separated or repeated); all of them when not given. An unknown name is a 400 listing the allowed ones.",
    style: "form",
    explode: false,
    schema: { type: "array", items: { type: "string", enum: [...EXPORT_COLUMN_NAMES] } },
  },
} satisfies ChoicesParameter<ExportColumnName>;

/** The columns named, in the order named. */
export function columnsNamed(names: readonly string[]): ExportColumn[] {
  return names.map((name) => EXPORT_COLUMNS.find((column) => column.name === name)!);
}
