// A snapshot as the partnership form's fields, so "Suggest a change" and "edit, then approve" open the form filled in.

import type { PartnershipSnapshot } from "@/lib/partnerships/snapshot";
import { BLANK_SAVINGS_ROWS, EMPTY_FORM, type PartnershipFormValues } from "@/lib/validations/partnership";

const roleSuffix = (role: string) => (role === "member" ? "" : ` [${role}]`);

export function blankSavingsRows(count = BLANK_SAVINGS_ROWS): PartnershipFormValues["savings"] {
  return Array.from({ length: count }, () => ({ amount: "", basis: "", periodYears: "", sourceUrl: "", note: "" }));
}

export function formValuesOf(snapshot: PartnershipSnapshot, slug: string): PartnershipFormValues {
  return {
    ...EMPTY_FORM,
    slug,
    name: snapshot.name,
    summary: snapshot.summary,
    councils: snapshot.members
      .filter((member) => member.gss !== null)
      .map((member) => `${member.name} (${member.gss})${roleSuffix(member.role)}`)
      .join("\n"),
    partners: snapshot.members
      .filter((member) => member.gss === null)
      .map((member) => `${member.name}${roleSuffix(member.role)}`)
      .join("\n"),
    serviceAreas: [...snapshot.serviceAreas],
    modelType: snapshot.modelType,
    status: snapshot.status,
    startYear: snapshot.years.start === null ? "" : String(snapshot.years.start),
    endYear: snapshot.years.end === null ? "" : String(snapshot.years.end),
    savings: [
      ...snapshot.savings.map((claim) => ({
        amount: String(claim.amountGbp),
        basis: claim.basis,
        periodYears: claim.periodYears === null ? "" : String(claim.periodYears),
        sourceUrl: claim.sourceUrl ?? "",
        note: claim.note ?? "",
      })),
      ...blankSavingsRows(),
    ],
    sources: snapshot.sources.map((source) => source.url).join("\n"),
    contactEmail: snapshot.contact.email ?? "",
    contactUrl: snapshot.contact.url ?? "",
  };
}
