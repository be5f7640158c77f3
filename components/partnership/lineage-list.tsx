import Link from "next/link";
import type { PartnershipDetail } from "@/lib/partnerships/types";

const GROUPS = [
  ["predecessors", "Came before"],
  ["successors", "Came after"],
  ["partOf", "Part of"],
  ["parts", "Includes"],
] as const;

/** How the partnership relates to others in the directory: earlier and later stages, wider arrangements, parts. */
export function LineageList({ lineage }: { lineage: PartnershipDetail["lineage"] }) {
  const groups = GROUPS.filter(([key]) => lineage[key].length > 0);
  if (groups.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Related partnerships</h2>
      <dl className="govuk-summary-list">
        {groups.map(([key, label]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">
              <ul className="govuk-list">
                {lineage[key].map((partnership) => (
                  <li key={partnership.slug}>
                    <Link className="govuk-link" href={`/partnerships/${partnership.slug}`}>
                      {partnership.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
