// The partnership form's councils as lines of text ("Name (GSS code)", "[lead]" after the council that leads)
// and as the list the enhanced form shows. The server reads the lines (lib/moderation/proposal.server.ts).

import type { MemberRole } from "@/lib/vocabulary";
import { linesOf } from "@/lib/validations/fields";
import { splitMemberLine } from "@/lib/validations/partnership";

export type CouncilOption = { gss: string; name: string; current: boolean };

/** A council in the list: matched to a council (`gss`, `name`), or kept as typed (`text`) for the server to report. */
export type CouncilRow =
  | { gss: string; name: string; current: boolean; role: MemberRole; text?: undefined }
  | { gss?: undefined; name?: undefined; current?: undefined; role: MemberRole; text: string };

export const GSS_IN_TEXT = /\b([ENSW]\d{8})\b/i;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Lines to rows: a line with a code the options hold, or naming exactly one council of the options, becomes that
 * council; anything else (a former code, an unknown or ambiguous name, a role in brackets we do not know) stays
 * as typed, so that nothing typed is lost.
 */
export function parseCouncilLines(value: string, options: readonly CouncilOption[]): CouncilRow[] {
  const byCode = new Map(options.map((option) => [option.gss, option]));
  const byName = new Map<string, CouncilOption[]>();
  for (const option of options) byName.set(fold(option.name), [...(byName.get(fold(option.name)) ?? []), option]);
  return linesOf(value).map((line): CouncilRow => {
    const { text, role } = splitMemberLine(line);
    if (role === null) return { text: line, role: "member" };
    const code = GSS_IN_TEXT.exec(text)?.[1]?.toUpperCase();
    const named = byName.get(fold(text.replace(/\s*\([^)]*\)\s*$/, "")));
    const option = code ? byCode.get(code) : named?.length === 1 ? named[0] : undefined;
    return option ? { gss: option.gss, name: option.name, current: option.current, role } : { text, role };
  });
}

/** Rows to lines, as the form sends them. */
export function councilLines(rows: readonly CouncilRow[]): string {
  return rows
    .map((row) => `${row.gss ? `${row.name} (${row.gss})` : row.text}${row.role === "member" ? "" : ` [${row.role}]`}`)
    .join("\n");
}
