import "server-only";

import type { FieldErrors } from "@/lib/validations/fields";
import type { MemberLine, PartnershipProposalInput } from "@/lib/validations/partnership";
import type { PartnershipSnapshot, SnapshotMember } from "@/lib/partnerships/snapshot";
import { partnershipSnapshot } from "@/lib/partnerships/snapshot";
import type { Queryable } from "@/lib/db/pool.server";
import { councilsNamed, resolveCouncilCode } from "@/lib/councils/resolve.server";
import { slugify } from "@/lib/vocabulary";
import { GSS_IN_TEXT } from "./council-lines";

// Turns a parsed form into the snapshot it proposes: council lines become councils (by GSS code, former code or
// name), partner lines become known partners or new ones. Every line that cannot be resolved is an error
// naming it, so the person can fix just that line.

type Organisation = { gss: string | null; slug: string; name: string };

/** The slug a new entry or partner is given: its name's, at most 80 characters. */
function slugOf(name: string): string {
  return slugify(name, 80) || "partnership";
}

async function resolveCouncil(db: Queryable, line: MemberLine): Promise<Organisation | string> {
  const code = GSS_IN_TEXT.exec(line.text)?.[1]?.toUpperCase();
  if (code) {
    const council = await resolveCouncilCode(db, code);
    return council ?? `${code} is not the GSS code of a council we know: check the code`;
  }
  const candidates = await councilsNamed(db, line.text);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    return `“${line.text}” is not a council we know: check the spelling or give its GSS code, like E07000078`;
  }
  return `“${line.text}” matches more than one council (${candidates.map((c) => `${c.name} ${c.gss}`).join(", ")}): give its GSS code`;
}

async function resolvePartner(db: Queryable, line: MemberLine): Promise<Organisation> {
  const { rows } = await db.query<Organisation>(
    `SELECT gss, slug, name FROM organisation
      WHERE kind <> 'council' AND (slug = lower($1) OR lower(name) = lower($1)) ORDER BY (slug = lower($1)) DESC LIMIT 1`,
    [line.text],
  );
  // A partner not yet in the directory is added when the change is approved.
  return rows[0] ?? { gss: null, slug: slugOf(line.text), name: line.text };
}

export type ResolveResult = { ok: true; snapshot: PartnershipSnapshot } | { ok: false; errors: FieldErrors };

/** The proposed snapshot; `current` is the entry being corrected (its slug, source titles and notes are kept). */
export async function resolveProposal(
  db: Queryable,
  input: PartnershipProposalInput,
  current: PartnershipSnapshot | null,
): Promise<ResolveResult> {
  const problems: { councils: string[]; partners: string[] } = { councils: [], partners: [] };
  const members: SnapshotMember[] = [];
  const seen = new Set<string>();
  const add = (row: Organisation, line: MemberLine, field: "councils" | "partners") => {
    if (seen.has(row.slug)) {
      problems[field].push(`${row.name} is listed more than once`);
      return;
    }
    seen.add(row.slug);
    const note = current?.members.find((m) => m.slug === row.slug)?.note ?? null;
    members.push({ gss: row.gss, slug: row.slug, name: row.name, role: line.role, note });
  };
  for (const line of input.councils) {
    const council = await resolveCouncil(db, line);
    if (typeof council === "string") problems.councils.push(council);
    else add(council, line, "councils");
  }
  for (const line of input.partners) add(await resolvePartner(db, line), line, "partners");

  const errors: FieldErrors = {};
  if (problems.councils.length > 0) errors.councils = problems.councils.join(". ");
  if (problems.partners.length > 0) errors.partners = problems.partners.join(". ");
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const titles = new Map((current?.sources ?? []).map((source) => [source.url, source.title]));
  const snapshot = partnershipSnapshot({
    slug: current?.slug ?? slugOf(input.name),
    name: input.name,
    summary: input.summary,
    modelType: input.modelType,
    status: input.status,
    startYear: input.startYear,
    endYear: input.endYear,
    serviceAreas: input.serviceAreas,
    members,
    savings: input.savings
      .filter((claim) => claim.amount !== null && claim.basis !== null)
      .map((claim) => ({
        amountGbp: claim.amount!,
        basis: claim.basis!,
        periodYears: claim.periodYears,
        note: claim.note,
        sourceUrl: claim.sourceUrl,
      })),
    sources: input.sources.map((url) => ({ url, title: titles.get(url) ?? null })),
    sourceNotes: current?.sourceNotes ?? null,
    contactEmail: input.contactEmail,
    contactUrl: input.contactUrl,
    lastVerified: null,
  });
  return { ok: true, snapshot: { ...snapshot, lastVerified: current?.lastVerified ?? null } };
}
