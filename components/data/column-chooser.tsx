// Choose the columns of a download: a GET form of the data dictionary's columns that sends `columns=` with the
// filter's own parameters to the CSV or the JSON export (one button each, by formaction: no script needed).

import { Checkboxes } from "@/components/ui/form";
import { EXPORT_COLUMNS } from "@/lib/data-exchange/columns";

const PRESET = [
  "slug",
  "name",
  "member_council_names",
  "member_council_gss",
  "service_areas",
  "annualised_savings_gbp",
];

export function ColumnChooser({ query = "" }: { query?: string }) {
  const hidden = [...new URLSearchParams(query)].filter(([name]) => name !== "columns");
  return (
    <form method="get" action="/api/partnerships.csv" className="app-column-chooser">
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <Checkboxes
        id="columns"
        name="columns"
        legend="Columns"
        hint="The download holds the ticked columns, in the data dictionary’s order. Tick none for all of them."
        choices={EXPORT_COLUMNS.map((column) => ({
          value: column.name,
          label: (
            <>
              {column.title} <code className="app-column-chooser__name">{column.name}</code>
            </>
          ),
          selected: PRESET.includes(column.name),
        }))}
        withScripts
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Download CSV
        </button>
        <button
          type="submit"
          name="format"
          value="excel"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          Download CSV for Excel
        </button>
        <button
          type="submit"
          formAction="/api/partnerships.json"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          Download JSON
        </button>
      </div>
    </form>
  );
}
