import { describeValue, type FieldChange } from "@/lib/partnerships/diff";

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="govuk-hint">(none)</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="govuk-list">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/** What changed, field by field: before and after side by side. */
export function RevisionDiff({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p className="govuk-body">No fields changed.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Field
          </th>
          <th scope="col" className="govuk-table__header">
            Before
          </th>
          <th scope="col" className="govuk-table__header">
            After
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {changes.map((change) => (
          <tr key={change.field} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {change.label}
            </th>
            <td className="govuk-table__cell">
              <Lines lines={describeValue(change.field, change.before)} />
            </td>
            <td className="govuk-table__cell">
              <Lines lines={describeValue(change.field, change.after)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
