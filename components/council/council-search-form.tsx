import Link from "next/link";
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

function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="govuk-error-message" id={id}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

const groupClass = (error?: string) => `govuk-form-group${error ? " govuk-form-group--error" : ""}`;

function Checkboxes<T extends string>({
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
  const errorId = `${name}-error`;
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <ErrorMessage id={errorId} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {values.map((value, index) => {
            // The first box carries the field's own id, so the error summary can link to it.
            const id = index === 0 ? name : `${name}-${value}`;
            return (
              <div key={value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={value}
                  defaultChecked={selected.includes(value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {labels[value]}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
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
      <div className={groupClass(errors.q)}>
        <label className="govuk-label govuk-label--s" htmlFor="q">
          Council name
        </label>
        <div className="govuk-hint" id="q-hint">
          Or a GSS code, such as E07000078. Small spelling mistakes are forgiven.
        </div>
        <ErrorMessage id="q-error" message={errors.q} />
        <input
          className={`govuk-input${errors.q ? " govuk-input--error" : ""}`}
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={["q-hint", errors.q ? "q-error" : null].filter(Boolean).join(" ")}
        />
      </div>

      <details className="govuk-details" open={filtering}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Filter by type, nation or region</span>
        </summary>
        <div className="govuk-details__text">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <div className={groupClass(errors.status)}>
                <fieldset className="govuk-fieldset" aria-describedby={errors.status ? "status-error" : undefined}>
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Current or abolished</legend>
                  <ErrorMessage id="status-error" message={errors.status} />
                  <div className="govuk-radios govuk-radios--small">
                    {(["all", "current", "former"] as const).map((value, index) => {
                      const id = index === 0 ? "status" : `status-${value}`;
                      return (
                        <div key={value} className="govuk-radios__item">
                          <input
                            className="govuk-radios__input"
                            id={id}
                            name="status"
                            type="radio"
                            value={value}
                            defaultChecked={query.status === value}
                          />
                          <label className="govuk-label govuk-radios__label" htmlFor={id}>
                            {COUNCIL_STATUS_LABELS[value]}
                          </label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              </div>
              <Checkboxes
                name="type"
                legend="Type of council"
                values={COUNCIL_TYPES}
                labels={COUNCIL_TYPE_LABELS}
                selected={query.type}
                error={errors.type}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <Checkboxes
                name="nation"
                legend="Nation"
                values={NATIONS}
                labels={NATION_LABELS}
                selected={query.nation}
                error={errors.nation}
              />
              <Checkboxes
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
