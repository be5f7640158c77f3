// What the filter form says, as the directory's query string: the same thing a browser without JavaScript
// sends, minus the empty fields. When the schema accepts it all, it is written in the schema's own stable
// order (the same URL the selected-filter links use); otherwise it is left as typed, so the page can say what
// is wrong with it.

import { parseParams } from "@/lib/filters/schema";
import { toSearchParams } from "@/lib/filters/urls";

export function formQuery(entries: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const raw = new URLSearchParams();
  for (const [name, value] of entries) {
    if (typeof value === "string" && value.trim() !== "") raw.append(name, value);
  }
  // The distance means nothing without the council to measure from.
  if (!raw.has("near")) raw.delete("withinKm");
  const parsed = parseParams(raw);
  return parsed.problems.length === 0 ? toSearchParams(parsed.filter, parsed.options) : raw;
}
