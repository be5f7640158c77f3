import { describeVia, type ViaPredecessor } from "@/lib/councils/predecessors";

/**
 * Why a partnership is listed for a council that is not a member: "Counts for Cumberland as Allerdale, abolished
 * 2023". Nothing when it is the council's own.
 */
export function CountedThrough({ via }: { via: readonly ViaPredecessor[] }) {
  if (via.length === 0) return null;
  const successors = [...new Set(via.map((v) => v.successorName))];
  return (
    <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-counted-through">
      Counts for {successors.join(" and ")} {describeVia(via)}
    </p>
  );
}
