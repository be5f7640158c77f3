// The data dictionary: the CSV export's columns as EXPORT_COLUMNS defines them.

import { EXPORT_COLUMNS } from "@/lib/data-exchange/columns";

const TYPE_LABELS = { string: "text", integer: "whole number", number: "number" } as const;

export function DataDictionary() {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Columns of the CSV export</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Column
          </th>
          <th scope="col" className="govuk-table__header">
            Type
          </th>
          <th scope="col" className="govuk-table__header">
            What it holds
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {EXPORT_COLUMNS.map((column) => (
          <tr className="govuk-table__row" key={column.name}>
            <th scope="row" className="govuk-table__header">
              <code>{column.name}</code>
            </th>
            <td className="govuk-table__cell">
              {TYPE_LABELS[column.type]}
              {"list" in column && column.list ? ", list" : ""}
              {"required" in column && column.required ? ", required" : ""}
            </td>
            <td className="govuk-table__cell">
              {column.description}
              {column.use === "derived" ? " Derived from the other columns; ignored on import." : ""}
              {column.example ? (
                <>
                  {" "}
                  Example: <code>{column.example}</code>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
