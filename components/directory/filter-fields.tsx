// The filter panel's controls, in GOV.UK Frontend markup. Each control's id is `filter-<parameter>` (for a group,
// its first option), so the error summary can link straight to it. Controls are uncontrolled: the server renders
// their values from the URL, and the form re-shows the URL after back/forward.

import type { ReactNode } from "react";
import { formatCount } from "@/lib/format";
import { splitLongGroup, type FacetOption } from "./facet-options";

export const fieldId = (parameter: string) => `filter-${parameter}`;

function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

function formGroupClass(error: string | undefined, extra?: string) {
  return ["govuk-form-group", error ? "govuk-form-group--error" : null, extra].filter(Boolean).join(" ");
}

function Checkbox({ name, option, id }: { name: string; option: FacetOption; id: string }) {
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={id}
        name={name}
        type="checkbox"
        value={option.value}
        defaultChecked={option.selected}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {option.label} <span className="app-filter__count">({formatCount(option.count)})</span>
      </label>
    </div>
  );
}

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
  const errorId = `${fieldId(parameter)}-error`;
  const idOf = (index: number, option: FacetOption) =>
    index === 0 ? fieldId(parameter) : `${fieldId(parameter)}-${option.value}`;
  const { shown, more, open } =
    visible === undefined ? { shown: options, more: [], open: false } : splitLongGroup(options, visible);
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(error && errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {shown.map((option, index) => (
            <Checkbox key={option.value} name={parameter} option={option} id={idOf(index, option)} />
          ))}
        </div>
        {more.length > 0 && (
          <details className="govuk-details app-filter__more" open={open || undefined}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                Show {more.length} more {noun}
              </span>
            </summary>
            <div className="govuk-checkboxes govuk-checkboxes--small app-filter__more-options">
              {more.map((option, index) => (
                <Checkbox key={option.value} name={parameter} option={option} id={idOf(shown.length + index, option)} />
              ))}
            </div>
          </details>
        )}
      </fieldset>
    </div>
  );
}

export function TextField({
  parameter,
  label,
  labelClassName = "govuk-label--s",
  hint,
  value,
  error,
  type = "text",
  inputMode,
  widthClass,
  prefix,
  suffix,
  autoComplete = "off",
  spellCheck,
}: {
  parameter: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  value: string;
  error?: string;
  type?: "text" | "search";
  inputMode?: "numeric" | "text" | "search";
  widthClass?: string;
  prefix?: string;
  suffix?: string;
  autoComplete?: string;
  spellCheck?: boolean;
}) {
  const id = fieldId(parameter);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = (
    <input
      className={["govuk-input", widthClass, error ? "govuk-input--error" : null].filter(Boolean).join(" ")}
      id={id}
      name={parameter}
      type={type}
      defaultValue={value}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
    />
  );
  return (
    <div className={formGroupClass(error)}>
      <label className={["govuk-label", labelClassName].join(" ")} htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {prefix && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

export function SelectField({
  parameter,
  label,
  options,
  value,
  error,
  inline = false,
  after,
}: {
  parameter: string;
  label: string;
  options: { value: string; text: string }[];
  value: string;
  error?: string;
  inline?: boolean;
  /** Shown beside the select, inside its form group (the no-script "Sort" button). */
  after?: ReactNode;
}) {
  const id = fieldId(parameter);
  const errorId = `${id}-error`;
  return (
    <div className={formGroupClass(error, inline ? "app-inline-field" : undefined)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <select
        className={["govuk-select", error ? "govuk-select--error" : null].filter(Boolean).join(" ")}
        id={id}
        name={parameter}
        defaultValue={value}
        aria-describedby={describedBy(error && errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}

export function RadioGroup({
  parameter,
  legend,
  options,
  value,
  error,
}: {
  parameter: string;
  legend: string;
  options: { value: string; text: string }[];
  value: string;
  error?: string;
}) {
  const errorId = `${fieldId(parameter)}-error`;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(error && errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
        <div className="govuk-radios govuk-radios--small">
          {options.map((option, index) => {
            const id = index === 0 ? fieldId(parameter) : `${fieldId(parameter)}-${option.value}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={parameter}
                  type="radio"
                  value={option.value}
                  defaultChecked={option.value === value}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
