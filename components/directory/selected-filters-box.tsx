import Link from "next/link";
import type { SelectedFilterGroup } from "./selected-filters";

/** The filters in force, grouped by what they filter on; each tag is a link that removes that one value. */
export function SelectedFilters({ groups }: { groups: SelectedFilterGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <div className="app-filter__selected">
      <div className="app-filter__selected-heading">
        <h2 className="govuk-heading-m app-filter__selected-title">Selected filters</h2>
        <p className="govuk-body app-filter__clear">
          <Link className="govuk-link govuk-link--no-visited-state" href="/" scroll={false}>
            Clear filters
          </Link>
        </p>
      </div>
      {groups.map((group) => (
        <div key={group.key} className="app-filter__selected-group">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-0">{group.heading}</h3>
          <ul className="app-filter-tags">
            {group.tags.map((tag) => (
              <li key={tag.key}>
                <Link className="app-filter__tag" href={tag.href} scroll={false}>
                  <span className="govuk-visually-hidden">Remove this filter: </span>
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
