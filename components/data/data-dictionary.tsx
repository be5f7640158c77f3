// The data dictionary: the CSV export's columns as EXPORT_COLUMNS defines them.

import { Table, columns } from "@/components/ui/table";
import { EXPORT_COLUMNS } from "@/lib/data-exchange/columns";

const TYPE_LABELS = { string: "text", integer: "whole number", number: "number" } as const;

export function DataDictionary() {
  return (
    <Table
      caption="Columns of the CSV export"
      firstCellIsHeader
      stack
      head={columns(["column", "Column"], ["type", "Type"], ["holds", "What it holds"])}
      rows={EXPORT_COLUMNS.map((column) => ({
        key: column.name,
        cells: [
          <code key="column">{column.name}</code>,
          <>
            {TYPE_LABELS[column.type]}
            {"list" in column && column.list ? ", list" : ""}
            {"required" in column && column.required ? ", required" : ""}
          </>,
          <>
            {column.description}
            {column.use === "derived" ? " Derived from the other columns; ignored on import." : ""}
            {column.use === "new-partners"
              ? " Optional on import: read only for partners not yet in the directory."
              : ""}
            {column.example ? (
              <>
                {" "}
                Example: <code>{column.example}</code>
              </>
            ) : null}
          </>,
        ],
      }))}
    />
  );
}
