import { Table, columns } from "@/components/ui/table";
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
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--s"
      firstCellIsHeader
      stack
      head={columns(["field", "Field"], ["before", "Before"], ["after", "After"])}
      rows={changes.map((change) => ({
        key: change.field,
        cells: [
          change.label,
          <Lines key="before" lines={describeValue(change.field, change.before)} />,
          <Lines key="after" lines={describeValue(change.field, change.after)} />,
        ],
      }))}
    />
  );
}
