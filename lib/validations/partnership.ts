// The one schema for a proposed partnership: the public submission form, a moderator's edit-then-approve and
// anything else that takes a partnership from a form all parse with it. Council and partner names are checked
// for shape here and resolved against the database in lib/moderation/proposal.server.ts.

import { z } from "zod";
import {
  MEMBER_ROLES,
  MODEL_TYPE_SLUGS,
  PARTNERSHIP_STATUSES,
  type MemberRole,
  SAVINGS_BASIS_SLUGS,
  SERVICE_AREA_SLUGS,
  SLUG_PATTERN,
  isOneOf,
} from "@/lib/vocabulary";
import {
  type FieldErrors,
  fieldErrorsOf,
  isHttpUrl,
  linesOf,
  optionalEmail,
  optionalText,
  optionalUrl,
  optionalYear,
  requiredEmail,
  requiredText,
  text,
} from "./fields";
import { PARTNERSHIP_LIMITS as LIMITS } from "./limits";

export const MAX_MEMBERS = LIMITS.members.max;
export const MAX_SOURCES = LIMITS.sources.max;
export const MAX_SAVINGS_CLAIMS = LIMITS.savingsClaims.max;
/** Blank savings rows the form offers, beyond the claims already recorded. */
export const BLANK_SAVINGS_ROWS = 2;

/** A line of the councils or partners box: "Name or code", optionally followed by a role: "[lead]". */
export type MemberLine = { text: string; role: MemberRole };

/** Splits "Name or code [role]" into its text and role; `role` is null when the brackets hold no known role. */
export function splitMemberLine(line: string): { text: string; role: MemberRole | null } {
  const match = /^(.*?)\s*\[\s*([a-z]+)\s*\]$/i.exec(line);
  if (!match) return { text: line, role: "member" };
  const role = match[2]!.toLowerCase();
  return isOneOf(MEMBER_ROLES, role) ? { text: match[1]!.trim(), role } : { text: line, role: null };
}

function memberLines(what: string) {
  return z.string().transform((value, ctx): MemberLine[] => {
    const lines = linesOf(value);
    if (lines.length > MAX_MEMBERS) {
      ctx.addIssue(`List at most ${MAX_MEMBERS} ${what}`);
      return z.NEVER;
    }
    return lines.map((line) => {
      if (line.length > LIMITS.name.max) ctx.addIssue(`Each line must be at most ${LIMITS.name.max} characters`);
      const { text, role } = splitMemberLine(line);
      if (role === null) ctx.addIssue(`"${line}": the role in square brackets must be lead, member or provider`);
      return { text, role: role ?? "member" };
    });
  });
}

const savingsAmount = text.transform((value, ctx): number | null => {
  const digits = value.replace(/^£/, "").replace(/,/g, "").trim();
  if (digits === "") return null;
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
    ctx.addIssue("Enter the amount in whole pounds, like 250000");
    return z.NEVER;
  }
  return Number(digits);
});

const periodYears = text.transform((value, ctx): number | null => {
  if (value === "") return null;
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(number > 0 && number <= 100)) {
    ctx.addIssue("Enter the number of years the amount covers, like 3 or 2.5");
    return z.NEVER;
  }
  return number;
});

const savingsClaim = z
  .object({
    amount: savingsAmount,
    basis: text,
    periodYears,
    sourceUrl: optionalUrl("the savings source address"),
    note: optionalText("the savings note", LIMITS.note.max),
  })
  .transform((claim, ctx) => {
    const basis = claim.basis === "" ? null : claim.basis;
    if (basis !== null && !isOneOf(SAVINGS_BASIS_SLUGS, basis)) {
      ctx.addIssue({ code: "custom", path: ["basis"], message: "Select what the amount is" });
      return z.NEVER;
    }
    return { ...claim, basis };
  });

const sourcesList = z.string().transform((value, ctx): string[] => {
  const urls = [...new Set(linesOf(value))];
  if (urls.length < LIMITS.sources.min) {
    ctx.addIssue("Enter at least one public source: the web address of a page or report about the partnership");
  }
  for (const url of urls) {
    if (!isHttpUrl(url)) {
      ctx.addIssue(
        `"${url.length > 60 ? `${url.slice(0, 60)}…` : url}" is not a web address: enter each source as one ` +
          `address starting with https://, at most ${LIMITS.url.max} characters`,
      );
    }
  }
  if (urls.length > MAX_SOURCES) ctx.addIssue(`List at most ${MAX_SOURCES} sources`);
  return urls;
});

export const partnershipProposalFields = {
  /** The entry a correction is for; blank for a new partnership. */
  slug: text.refine((value) => value === "" || SLUG_PATTERN.test(value), "The entry to correct is not valid"),
  name: requiredText("the partnership’s name", LIMITS.name.max, LIMITS.name.min),
  summary: requiredText("a summary", LIMITS.summary.max, LIMITS.summary.min),
  // Checked on the field itself, so the error summary lists it together with every other field's problem.
  councils: memberLines("councils").refine((lines) => lines.length > 0, "Enter at least one council"),
  partners: memberLines("other partners"),
  serviceAreas: z
    .array(z.string())
    .transform((values) => [...new Set(values)])
    .refine((values) => values.length > 0, "Select at least one service area")
    .refine(
      (values) => values.every((value) => isOneOf(SERVICE_AREA_SLUGS, value)),
      "Select service areas from the list",
    ),
  modelType: z.string().refine((value) => isOneOf(MODEL_TYPE_SLUGS, value), "Select how the partnership is run"),
  status: z.string().refine((value) => isOneOf(PARTNERSHIP_STATUSES, value), "Select the partnership’s status"),
  startYear: optionalYear("the start year"),
  endYear: optionalYear("the end year"),
  savings: z.array(savingsClaim).max(MAX_SAVINGS_CLAIMS + BLANK_SAVINGS_ROWS, "Too many savings claims"),
  sources: sourcesList,
  contactEmail: optionalEmail("the contact mailbox"),
  contactUrl: optionalUrl("the contact page"),
};

type ProposalShape = {
  councils: MemberLine[];
  partners: MemberLine[];
  startYear: number | null;
  endYear: number | null;
  savings: {
    amount: number | null;
    basis: string | null;
    periodYears: number | null;
    sourceUrl: string | null;
    note: string | null;
  }[];
};

function checkProposal(proposal: ProposalShape, ctx: z.RefinementCtx) {
  if (proposal.councils.length > 0 && proposal.councils.length + proposal.partners.length < 2) {
    ctx.addIssue({
      code: "custom",
      path: ["councils"],
      message: "A partnership needs at least two members: add another council or another partner",
    });
  }
  if (proposal.startYear !== null && proposal.endYear !== null && proposal.endYear < proposal.startYear) {
    ctx.addIssue({
      code: "custom",
      path: ["endYear"],
      message: "The end year must be the same as or after the start year",
    });
  }
  proposal.savings.forEach((claim, index) => {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: "custom", path: ["savings", index, field], message });
    if (claim.amount === null) {
      if (claim.basis !== null || claim.periodYears !== null || claim.sourceUrl !== null || claim.note !== null) {
        issue("amount", "Enter the amount saved, or clear the other savings fields in this row");
      }
    } else if (claim.basis === null) issue("basis", "Select what the amount is");
  });
}

const PRIVATE_FIELDS = {
  /** Kept private: never shown publicly, never exported. */
  submitterEmail: requiredEmail("your email address"),
};

/** What a moderator edits before approving: the proposal without the submitter's details. */
export const partnershipProposalSchema = z.object(partnershipProposalFields).superRefine(checkProposal);
/** What the public form sends. */
export const partnershipSubmissionSchema = z
  .object({ ...partnershipProposalFields, ...PRIVATE_FIELDS })
  .superRefine(checkProposal);

export type PartnershipProposalInput = z.output<typeof partnershipProposalSchema>;
export type PartnershipSubmissionInput = z.output<typeof partnershipSubmissionSchema>;

/** The form's raw values: text as typed, so a form with errors can be shown again exactly as it was sent. */
export type PartnershipFormValues = {
  slug: string;
  name: string;
  summary: string;
  councils: string;
  partners: string;
  serviceAreas: string[];
  modelType: string;
  status: string;
  startYear: string;
  endYear: string;
  savings: { amount: string; basis: string; periodYears: string; sourceUrl: string; note: string }[];
  sources: string;
  contactEmail: string;
  contactUrl: string;
  submitterEmail: string;
  /** The honeypot: hidden from people, filled in by naive bots. */
  website: string;
};

export const SAVINGS_FIELDS = ["amount", "basis", "periodYears", "sourceUrl", "note"] as const;

export const EMPTY_FORM: PartnershipFormValues = {
  slug: "",
  name: "",
  summary: "",
  councils: "",
  partners: "",
  serviceAreas: [],
  modelType: "",
  status: "",
  startYear: "",
  endYear: "",
  savings: [],
  sources: "",
  contactEmail: "",
  contactUrl: "",
  submitterEmail: "",
  website: "",
};

/** Reads the form's fields from a POSTed form; savings rows are the `savings-N-field` inputs. */
export function partnershipFormValues(form: FormData): PartnershipFormValues {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const savings: PartnershipFormValues["savings"] = [];
  for (let index = 0; index < MAX_SAVINGS_CLAIMS + BLANK_SAVINGS_ROWS; index++) {
    if (!SAVINGS_FIELDS.some((field) => form.has(`savings-${index}-${field}`))) break;
    savings.push({
      amount: one(`savings-${index}-amount`),
      basis: one(`savings-${index}-basis`),
      periodYears: one(`savings-${index}-periodYears`),
      sourceUrl: one(`savings-${index}-sourceUrl`),
      note: one(`savings-${index}-note`),
    });
  }
  // Councils may come as a box of lines or as repeated single-council fields; both end up as lines.
  const councilFields = form
    .getAll("council")
    .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return {
    slug: one("slug"),
    name: one("name"),
    summary: one("summary"),
    councils: [one("councils"), ...councilFields].filter((part) => part.trim() !== "").join("\n"),
    partners: one("partners"),
    serviceAreas: form.getAll("serviceAreas").filter((value): value is string => typeof value === "string"),
    modelType: one("modelType"),
    status: one("status"),
    startYear: one("startYear"),
    endYear: one("endYear"),
    savings,
    sources: one("sources"),
    contactEmail: one("contactEmail"),
    contactUrl: one("contactUrl"),
    submitterEmail: one("submitterEmail"),
    website: one("website"),
  };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function parseSubmission(values: PartnershipFormValues): ParseResult<PartnershipSubmissionInput> {
  const result = partnershipSubmissionSchema.safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrorsOf(result.error) };
}

export function parseProposal(values: PartnershipFormValues): ParseResult<PartnershipProposalInput> {
  const result = partnershipProposalSchema.safeParse(values);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrorsOf(result.error) };
}
