import { pluralise } from "@/lib/format";

/** What the map's list says of the partnerships in view that it does not name: "And 201 more partnerships". */
export function moreInView(count: number): string {
  return `And ${pluralise(count, "more partnership")} here: zoom in to see ${count === 1 ? "it" : "them"}`;
}
