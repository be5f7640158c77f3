// The filter panel of the MOJ "filter a list" layout: the selected filters as removable tags, then every
// filter, with an "Apply filters" button for browsers without scripts (with scripts, ticks apply at once).

import { CouncilPicker, type CouncilPickerOption } from "@/components/council/council-picker";
import type { Facet, PredecessorsChoice } from "@/lib/filters/schema";
import Link from "next/link";
import { CHECK_DUE_YEARS } from "@/lib/partnerships/freshness";
import type { FacetCount } from "@/lib/filters/types";
import type { FacetLabels } from "@/lib/filters/labels";
import { facetOptions } from "./facet-options";
import { Checkboxes, Fieldset, Radios, Select, TextInput } from "@/components/ui/form";
import { CheckboxFacet, fieldId } from "./filter-fields";
import { SelectedFilters } from "./selected-filters-box";
import type { SelectedFilterGroup } from "./selected-filters";

export const WITHIN_KM_CHOICES = [10, 25, 50, 100] as const;

export type PanelValues = {
  /**
   * What each text box shows: the URL's own text, so a mistyped value stays there to be corrected. For `council`,
   * only what could not be used: the councils in force are kept as hidden fields and shown as tags.
   */
  text: Record<
    "q" | "council" | "near" | "savingsMin" | "savingsMax" | "startFrom" | "startTo" | "checkedSince",
    string
  >;
  selected: Record<Facet, readonly string[]>;
  councils: readonly string[];
  near: string | null;
  hasSavings: boolean | null;
  withinKm: number | null;
  predecessors: PredecessorsChoice | null;
  /** The same filter with only active partnerships; null when that is the filter already. */
  activeOnlyHref: string | null;
};

const APPLY = (
  <button type="submit" className="govuk-button app-filter__apply">
    Apply filters
  </button>
);

export function FilterPanel({
  values,
  facets,
  labels,
  errors,
  selectedGroups,
  councilOptions,
}: {
  values: PanelValues;
  /** Every council, for the council pickers. */
  councilOptions: CouncilPickerOption[];
  facets: Partial<Record<Facet, FacetCount[]>>;
  labels: FacetLabels;
  /** One message per parameter with a problem. */
  errors: ReadonlyMap<string, string>;
  selectedGroups: SelectedFilterGroup[];
}) {
  const facet = (name: Facet, legend: string, noun: string, visible?: number) => (
    <CheckboxFacet
      parameter={name}
      legend={legend}
      noun={noun}
      visible={visible}
      error={errors.get(name)}
      options={facetOptions(name, facets[name], values.selected[name], labels[name])}
    />
  );

  const numberField = (
    parameter: "savingsMin" | "savingsMax" | "startFrom" | "startTo",
    label: string,
    width: 4 | 10,
    prefix?: string,
  ) => (
    <TextInput
      id={fieldId(parameter)}
      name={parameter}
      label={label}
      value={values.text[parameter]}
      error={errors.get(parameter)}
      inputMode="numeric"
      autoComplete="off"
      width={width}
      prefix={prefix}
    />
  );

  // The default distance is sent as no value, so a form without a council sends no distance either.
  const withinKm = values.withinKm === null || values.withinKm === 50 ? "" : String(values.withinKm);
  const kmChoices = [...new Set<number>([...WITHIN_KM_CHOICES, ...(values.withinKm ? [values.withinKm] : [])])].sort(
    (a, b) => a - b,
  );

  return (
    <div className="app-filter" id="filter-panel">
      <div className="app-filter__header">
        <h2 className="govuk-heading-m app-filter__header-title" id="filter-heading" tabIndex={-1}>
          Filter
        </h2>
      </div>
      <div className="app-filter__content">
        <SelectedFilters groups={selectedGroups} />
        <div className="app-filter__options">
          {APPLY}
          {values.activeOnlyHref && (
            <p className="govuk-body app-filter__shortcut">
              <Link className="govuk-link" href={values.activeOnlyHref} scroll={false}>
                Active partnerships only
              </Link>
            </p>
          )}
          <TextInput
            id={fieldId("q")}
            name="q"
            type="search"
            label="Search partnerships"
            labelClassName="govuk-label--s"
            hint="Names, councils, partners and services"
            value={values.text.q}
            error={errors.get("q")}
            autoComplete="off"
            spellCheck={false}
          />
          {facet("service", "Service area", "service areas", 6)}
          {facet("nation", "Nation", "nations")}
          {facet("region", "Region (England)", "regions")}
          {/* The councils chosen so far travel with the form; the picker adds another. */}
          {values.councils.map((gss) => (
            <input key={gss} type="hidden" name="council" value={gss} />
          ))}
          <CouncilPicker
            key={`council-${values.councils.join(",")}-${values.text.council}`}
            id="filter-council"
            name="council"
            options={councilOptions}
            label={values.councils.length > 0 ? "Add a council" : "Council"}
            labelClassName="govuk-label--s"
            hint="A council’s name or GSS code, such as E07000078: partnerships involving any chosen council"
            defaultValue={values.text.council}
            errorMessage={errors.get("council")}
          />
          <Checkboxes
            id={fieldId("predecessors")}
            legend="Councils they replaced"
            hint="A partnership of an abolished council counts for the council that took over its area: Allerdale’s for Cumberland"
            error={errors.get("predecessors")}
            name="predecessors"
            choices={[
              {
                value: "exclude",
                label: "Leave them out: only the councils’ own partnerships",
                selected: values.predecessors === "exclude",
              },
            ]}
          />
          {facet("councilType", "Council type", "council types", 4)}
          <Fieldset id={fieldId("near-group")} legend="Near a council">
            <CouncilPicker
              key={`near-${values.text.near}`}
              id="filter-near"
              name="near"
              options={councilOptions}
              label="Council"
              hint="A council’s name or GSS code"
              defaultValue={values.text.near}
              errorMessage={errors.get("near")}
            />
            <Select
              id={fieldId("withinKm")}
              name="withinKm"
              label="Within"
              labelClassName="govuk-label--s"
              value={withinKm}
              error={errors.get("withinKm")}
              options={kmChoices.map((km) => ({ value: km === 50 ? "" : String(km), text: `${km} km` }))}
            />
          </Fieldset>
          {facet("model", "Model", "models", 5)}
          {facet("status", "Status", "statuses")}
          <TextInput
            id={fieldId("checkedSince")}
            name="checkedSince"
            label="Checked since"
            labelClassName="govuk-label--s"
            hint={`Entries checked against their sources since a year or a month, such as 2024 or 2024-03. Active entries not checked for ${CHECK_DUE_YEARS} years are marked “may be out of date”.`}
            value={values.text.checkedSince}
            error={errors.get("checkedSince")}
            autoComplete="off"
            width={10}
          />
          <Radios
            id={fieldId("hasSavings")}
            name="hasSavings"
            legend="Savings"
            error={errors.get("hasSavings")}
            choices={[
              { value: "", label: "Any" },
              { value: "true", label: "Reports savings" },
              { value: "false", label: "No savings reported" },
            ].map((choice) => ({
              ...choice,
              selected: choice.value === (values.hasSavings === null ? "" : String(values.hasSavings)),
            }))}
          />
          <Fieldset id={fieldId("savings")} legend="Annualised savings" hint="Pounds a year, for example 250000">
            {numberField("savingsMin", "At least", 10, "£")}
            {numberField("savingsMax", "At most", 10, "£")}
          </Fieldset>
          <Fieldset id={fieldId("start")} legend="Start year" hint="For example, 2012">
            <div className="app-filter__pair">
              {numberField("startFrom", "From", 4)}
              {numberField("startTo", "To", 4)}
            </div>
          </Fieldset>
          {APPLY}
        </div>
      </div>
    </div>
  );
}
