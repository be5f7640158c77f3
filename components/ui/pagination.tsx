import Link from "next/link";
import { paginationItems } from "./pagination-items";

/** GOV.UK pagination's arrows: the same icon attributes, each with its own shape. */
function Arrow({ direction, path }: { direction: "prev" | "next"; path: string }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={path} />
    </svg>
  );
}

const arrowPrevious = (
  <Arrow
    direction="prev"
    path="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
  />
);

const arrowNext = (
  <Arrow
    direction="next"
    path="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"
  />
);

/** GOV.UK pagination with numbered pages; `hrefFor` builds each page's URL so the URL stays the state. */
export function Pagination({
  current,
  last,
  hrefFor,
  landmarkLabel = "Pagination",
}: {
  current: number;
  last: number;
  hrefFor: (page: number) => string;
  landmarkLabel?: string;
}) {
  if (last <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={landmarkLabel}>
      {current > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(current - 1)} rel="prev">
            {arrowPrevious}
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {paginationItems(current, last).map((item) =>
          item.type === "ellipsis" ? (
            <li key={item.key} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {"\u22EF"}
            </li>
          ) : (
            <li
              key={item.number}
              className={`govuk-pagination__item${item.current ? " govuk-pagination__item--current" : ""}`}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                href={hrefFor(item.number)}
                aria-label={`Page ${item.number}`}
                aria-current={item.current ? "page" : undefined}
              >
                {item.number}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < last && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            {arrowNext}
          </Link>
        </div>
      )}
    </nav>
  );
}
