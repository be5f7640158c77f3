// A change to a partnership in words, for the Atom feed and the recent-changes page: its title ("Changed:
// One Legal") and what changed, field by field ("Status: active → ended"). Pure.

import { REVISION_ACTION_LABELS, type RevisionAction } from "@/lib/vocabulary";
import { describeValue, type FieldChange } from "./diff";

export type ChangeFacts = { action: RevisionAction; name: string; summary: string; changes: FieldChange[] };

export function changeTitle(change: ChangeFacts): string {
  return `${REVISION_ACTION_LABELS[change.action]}: ${change.name}`;
}

const MAX_LINES = 6;
/** What a new entry's lines say about it. */
const NEW_ENTRY_FIELDS: FieldChange["field"][] = ["summary", "modelType", "status", "years", "serviceAreas", "members"];

/** One field's change as a line: its value before and after, shortened when long. */
function fieldLine(change: FieldChange): string {
  const then = describeValue(change.field, change.before);
  const now = describeValue(change.field, change.after);
  const short = (lines: string[]) => {
    if (lines.length === 0) return "none";
    const text =
      lines.length > MAX_LINES
        ? `${lines.slice(0, MAX_LINES).join("; ")}; and ${lines.length - MAX_LINES} more`
        : lines.join("; ");
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };
  return `${change.label}: ${short(then)} → ${short(now)}`;
}

/** What changed, a line per field; a new entry says so and names what it holds. */
export function changeLines(change: ChangeFacts): string[] {
  if (change.action === "create") {
    return [
      "New in the directory.",
      ...change.changes
        .filter((c) => NEW_ENTRY_FIELDS.includes(c.field))
        .map((c) => `${c.label}: ${describeValue(c.field, c.after).slice(0, MAX_LINES).join("; ")}`),
    ];
  }
  if (change.action === "delete") return ["Removed from the directory."];
  if (change.changes.length === 0) return [change.summary || "No field changed."];
  return change.changes.map(fieldLine);
}

/** The fields that changed, named: "Status, Savings claims". */
export function changedFields(change: ChangeFacts): string {
  if (change.action === "create") return "New entry";
  if (change.action === "delete") return "Entry removed";
  return change.changes.map((c) => c.label).join(", ") || "No field changed";
}
