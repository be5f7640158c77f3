// The filter panel's facets: each value with the number of partnerships it would match, a long group showing
// more on request. GOV.UK markup from components/ui/form; each control's id is `filter-<parameter>` (for a
// group, its first option), so the error summary can link straight to it.

import { ChoiceItems, Fieldset, type Choice } from "@/components/ui/form";
import { formatCount } from "@/lib/format";
import { splitLongGroup, type FacetOption } from "./facet-options";

export const fieldId = (parameter: string) => `filter-${parameter}`;

const choice = (option: FacetOption): Choice => ({
  value: option.value,
  selected: option.selected,
  label: (
    <>
      {option.label} <span className="app-filter__count">({formatCount(option.count)})</span>
    </>
  ),
});

/** A facet's checkboxes, each with the number of partnerships it would match; a long group shows more on request. */
export function CheckboxFacet({
  parameter,
  legend,
  noun,
  options,
  error,
  visible,
}: {
  parameter: string;
  legend: string;
  /** What the options are, for "Show 13 more service areas". */
  noun: string;
  options: FacetOption[];
  error?: string;
  /** Show this many options and the rest behind "show more". */
  visible?: number;
}) {
  const id = fieldId(parameter);
  const { shown, more, open } =
    visible === undefined ? { shown: options, more: [], open: false } : splitLongGroup(options, visible);
  return (
    <Fieldset id={id} legend={legend} error={error}>
      <ChoiceItems type="checkbox" id={id} name={parameter} choices={shown.map(choice)} />
      {more.length > 0 && (
        <details className="govuk-details app-filter__more" open={open || undefined}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Show {more.length} more {noun}
            </span>
          </summary>
          <ChoiceItems
            type="checkbox"
            id={id}
            name={parameter}
            choices={more.map(choice)}
            from={shown.length}
            className="app-filter__more-options"
          />
        </details>
      )}
    </Fieldset>
  );
}
