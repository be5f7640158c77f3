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

/** A vocabulary's checkboxes, labelled; the first box carries the field's id, for the error summary's link. */
function VocabularyCheckboxes<T extends string>({
  name,
  legend,
  values,
  labels,
  selected,
  error,
}: {
  name: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: readonly string[];
  error?: string;
}) {
  return (
    <Checkboxes
      id={name}
      legend={legend}
      error={error}
      choices={values.map((value) => ({ value, label: labels[value], selected: selected.includes(value) }))}
    />
  );
}

/** The /councils search: a GET form, so it works without scripts and the URL is the search. */
export function CouncilSearchForm({ query, errors }: { query: CouncilQuery; errors: FieldErrors }) {
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
              <VocabularyCheckboxes
                name="type"
                legend="Type of council"
                values={COUNCIL_TYPES}
                labels={COUNCIL_TYPE_LABELS}
                selected={query.type}
                error={errors.type}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <VocabularyCheckboxes
                name="nation"
                legend="Nation"
                values={NATIONS}
                labels={NATION_LABELS}
                selected={query.nation}
                error={errors.nation}
              />
              <VocabularyCheckboxes
                name="region"
                legend="Region (England)"
                values={REGIONS}
                labels={REGION_LABELS}
                selected={query.region}
                error={errors.region}
              />
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
