// Partnerships side by side: a row per thing compared, a column per partnership (lib/partnerships/compare.ts
// makes the rows; the CSV download writes the same ones). Scrolls sideways on a phone; prints whole.

import { ExternalLink } from "@/components/ui/external-link";
import { comparisonRows, type CompareLine } from "@/lib/partnerships/compare";
import type { PartnershipDetail } from "@/lib/partnerships/types";

function Line({ line }: { line: CompareLine }) {
  if (!line.href) return <>{line.text}</>;
  if (line.external) return <ExternalLink href={line.href}>{line.text}</ExternalLink>;
  return (
    <a className="govuk-link" href={line.href}>
      {line.text}
    </a>
  );
}

export function ComparisonTable({ partnerships }: { partnerships: PartnershipDetail[] }) {
  const [names, ...rows] = comparisonRows(partnerships);
  return (
    <div className="app-table-scroll app-compare" role="region" aria-label="The partnerships compared" tabIndex={0}>
      <table className="govuk-table app-compare__table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          {partnerships.length} partnerships compared side by side
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <td className="govuk-table__header" />
            {names!.cells.map((cell, index) => (
              <th key={partnerships[index]!.slug} scope="col" className="govuk-table__header">
                <Line line={cell[0]!} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={partnerships[index]!.slug} className="govuk-table__cell">
                  {cell.length === 1 ? (
                    <Line line={cell[0]!} />
                  ) : (
                    <ul className="govuk-list app-compare__list">
                      {cell.map((line, i) => (
                        <li key={i}>
                          <Line line={line} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
