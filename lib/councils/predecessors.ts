// Partnerships of abolished councils counted for the councils that took over their areas (docs/product.md,
// "Reorganised councils"): which members a partnership is counted through, and how the list says so — "as
// Allerdale, abolished 2023". Pure: the links come from the resolver (resolve.server.ts, successionLinks).

import { formatDate, formatNameList } from "@/lib/format";
import type { SuccessionLink } from "./resolve.server";

/** A member through which a partnership counts for a council it is not itself a member of. */
export type ViaPredecessor = {
  /** The abolished member council. */
  gss: string;
  name: string;
  /** ISO date it was abolished, when recorded. */
  abolishedOn: string | null;
  /** The council the partnership counts for. */
  successorGss: string;
  successorName: string;
};

/**
 * The predecessors through which a partnership with these members counts for the councils `links` lead to; none
 * when one of those councils is itself a member (it is then simply theirs).
 */
export function viaPredecessors(
  memberGss: readonly (string | null)[],
  links: readonly SuccessionLink[],
): ViaPredecessor[] {
  if (links.length === 0) return [];
  const members = new Set(memberGss.filter((gss): gss is string => gss !== null));
  if (links.some((link) => members.has(link.successor.gss))) return [];
  const seen = new Set<string>();
  return links.flatMap(({ predecessor, successor }) => {
    if (!members.has(predecessor.gss) || seen.has(predecessor.gss)) return [];
    seen.add(predecessor.gss);
    return [
      {
        gss: predecessor.gss,
        name: predecessor.name,
        abolishedOn: predecessor.abolishedOn,
        successorGss: successor.gss,
        successorName: successor.name,
      },
    ];
  });
}

const abolished = (via: ViaPredecessor) =>
  via.abolishedOn ? `abolished ${formatDate(via.abolishedOn, "year")}` : "abolished";

/** "as Allerdale, abolished 2023"; "as Allerdale and Copeland, abolished 2023"; "as A (abolished 2019) and B (abolished 2023)". */
export function describeVia(via: readonly ViaPredecessor[]): string {
  if (via.length === 0) return "";
  const when = new Set(via.map(abolished));
  if (when.size === 1)
    return `as ${formatNameList(
      via.map((v) => v.name),
      via.length,
    )}, ${[...when][0]}`;
  return `as ${formatNameList(
    via.map((v) => `${v.name} (${abolished(v)})`),
    via.length,
  )}`;
}

/**
 * For each council, the current councils its partnerships count for: itself when current (or when nothing
 * succeeded it), else every current successor at the end of its chains. The map's choropleth counts through this.
 */
export function currentCouncilsOf(links: readonly SuccessionLink[]): Map<number, number[]> {
  const current = new Map<number, number[]>();
  for (const { predecessor, successor } of links) {
    if (!successor.current) continue;
    const list = current.get(predecessor.id) ?? [];
    if (!list.includes(successor.id)) list.push(successor.id);
    current.set(predecessor.id, list);
  }
  return current;
}
