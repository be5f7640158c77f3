import Link from "next/link";
import { Checkboxes, Radios, TextInput } from "@/components/ui/form";
import type { CouncilQuery } from "@/lib/councils/params";
import {
  COUNCIL_STATUS_LABELS,
  COUNCIL_TYPE_LABELS,
  COUNCIL_TYPES,
  NATION_LABELS,
  NATIONS,
  REGION_LABELS,
  REGIONS,
} from "@/lib/vocabulary";

export type FieldErrors = Partial<Record<"q" | "type" | "region" | "nation" | "status", string>>;

/** The /councils search: a GET form, so it works without scripts and the URL is the search. */
export function CouncilSearchForm({ query, errors }: { query: CouncilQuery; errors: FieldErrors }) {
  /** A vocabulary's checkboxes, labelled; the first box carries the field's id, for the error summary's link. */
  const vocabulary = <T extends string>(
    name: "type" | "nation" | "region",
    legend: string,
    values: readonly T[],
    labels: Record<T, string>,
  ) => (
    <Checkboxes
      id={name}
      legend={legend}
      error={errors[name]}
      choices={values.map((value) => ({
        value,
        label: labels[value],
        selected: (query[name] as readonly string[]).includes(value),
      }))}
    />
  );
  const filtering =
    query.status !== "all" ||
    query.type.length + query.nation.length + query.region.length > 0 ||
    Boolean(errors.status || errors.type || errors.nation || errors.region);
  return (
    <form method="get" action="/councils" noValidate>
      <TextInput
        id="q"
        type="search"
        label="Council name"
        labelClassName="govuk-label--s"
        hint="Or a GSS code, such as E07000078. Small spelling mistakes are forgiven."
        value={query.q ?? ""}
        error={errors.q}
        spellCheck={false}
        autoComplete="off"
      />

      <details className="govuk-details" open={filtering}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Filter by type, nation or region</span>
        </summary>
        <div className="govuk-details__text">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <Radios
                id="status"
                legend="Current or abolished"
                error={errors.status}
                choices={(["all", "current", "former"] as const).map((value) => ({
                  value,
                  label: COUNCIL_STATUS_LABELS[value],
                  selected: query.status === value,
                }))}
              />
              {vocabulary("type", "Type of council", COUNCIL_TYPES, COUNCIL_TYPE_LABELS)}
            </div>
            <div className="govuk-grid-column-one-half">
              {vocabulary("nation", "Nation", NATIONS, NATION_LABELS)}
              {vocabulary("region", "Region (England)", REGIONS, REGION_LABELS)}
            </div>
          </div>
        </div>
      </details>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Show councils
        </button>
        <Link className="govuk-link" href="/councils">
          Clear search
        </Link>
      </div>
    </form>
  );
}
