"use client";

import { useActionState, type ReactNode } from "react";
import type { CouncilPickerOption } from "@/components/council/council-picker";
import { ErrorSummary } from "@/components/ui/error-summary";
import { CouncilListField } from "./council-list-field";
import type { FieldErrors } from "@/lib/validations/fields";
import type { PartnershipFormValues } from "@/lib/validations/partnership";
import { STATUS_LABELS, PARTNERSHIP_STATUSES, SAVINGS_BASES } from "@/lib/vocabulary";

export type PartnershipFormState = { values: PartnershipFormValues; errors: FieldErrors; message?: string };
type Option = { slug: string; label: string };

/**
 * The partnership form: a new entry or a correction from the public, or a moderator's edit before approving.
 * A plain POST form (a server action), so it works without JavaScript; errors come back with what was typed.
 */
export function PartnershipForm({
  action,
  initial,
  serviceAreas,
  modelTypes,
  councilOptions,
  mode,
  hidden = {},
  submitLabel,
}: {
  action: (state: PartnershipFormState, form: FormData) => Promise<PartnershipFormState>;
  initial: PartnershipFormValues;
  serviceAreas: Option[];
  modelTypes: Option[];
  /** Every council, current and abolished, for the councils field. */
  councilOptions: CouncilPickerOption[];
  mode: "public" | "moderator";
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const { values, errors } = state;
  const summary = Object.entries(errors).map(([id, text]) => ({ text, href: `#${id === "form" ? "name" : id}` }));

  return (
    <>
      {(summary.length > 0 || state.message) && (
        <ErrorSummary errors={summary}>{state.message && <p className="govuk-body">{state.message}</p>}</ErrorSummary>
      )}
      <form action={formAction} noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="slug" value={values.slug} />

        <TextField id="name" label="Name of the partnership" value={values.name} error={errors.name} />
        <TextArea
          id="summary"
          label="Summary"
          hint="What the partnership does and how, in a few sentences."
          value={values.summary}
          error={errors.summary}
          rows={4}
        />
        <CouncilListField
          // A new list when the server sends the form back, so it shows what was sent.
          key={values.councils}
          value={values.councils}
          error={errors.councils}
          options={councilOptions}
          hint="Add each council in the partnership, and tick the one that leads or hosts it."
          textArea={
            <TextArea
              id="councils"
              label="Councils"
              hint={
                <>
                  One council per line: name or GSS code, such as Darlington or E06000005. Add [lead] after the council
                  that leads or hosts the partnership.
                </>
              }
              value={values.councils}
              error={errors.councils}
              rows={5}
            />
          }
        />
        <TextArea
          id="partners"
          label="Other partners (optional)"
          hint="Companies, NHS bodies, voluntary organisations: one per line. Add [provider] after one that supplies the service."
          value={values.partners}
          error={errors.partners}
          rows={3}
        />

        <Choices
          id="serviceAreas"
          type="checkbox"
          legend="Service areas"
          hint="Select all that apply."
          options={serviceAreas}
          checked={values.serviceAreas}
          error={errors.serviceAreas}
        />
        <Choices
          id="modelType"
          type="radio"
          legend="How is it run?"
          options={modelTypes}
          checked={[values.modelType]}
          error={errors.modelType}
        />
        <Choices
          id="status"
          type="radio"
          legend="Status"
          options={PARTNERSHIP_STATUSES.map((slug) => ({ slug, label: STATUS_LABELS[slug] }))}
          checked={[values.status]}
          error={errors.status}
        />

        <TextField
          id="startYear"
          label="Start year (optional)"
          hint="For example, 2015"
          value={values.startYear}
          error={errors.startYear}
          width={4}
          numeric
        />
        <TextField
          id="endYear"
          label="End year (optional)"
          hint="Leave empty if it is still running"
          value={values.endYear}
          error={errors.endYear}
          width={4}
          numeric
        />

        <h2 className="govuk-heading-m">Savings</h2>
        <p className="govuk-body">
          Give each savings figure as the source reports it. Leave a row empty if you have no figure: “not reported” is
          better than a guess.
        </p>
        {values.savings.map((claim, index) => (
          <fieldset key={index} className="govuk-fieldset app-savings-claim">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Savings figure {index + 1}</legend>
            <TextField
              id={`savings-${index}-amount`}
              label="Amount in pounds"
              value={claim.amount}
              error={errors[`savings-${index}-amount`]}
              width={10}
              numeric
            />
            <Field id={`savings-${index}-basis`} label="What the amount is" error={errors[`savings-${index}-basis`]}>
              <select
                className="govuk-select"
                id={`savings-${index}-basis`}
                name={`savings-${index}-basis`}
                defaultValue={claim.basis}
                aria-describedby={errors[`savings-${index}-basis`] ? `savings-${index}-basis-error` : undefined}
              >
                <option value="">Choose</option>
                {SAVINGS_BASES.map((basis) => (
                  <option key={basis.slug} value={basis.slug}>
                    {basis.label}
                  </option>
                ))}
              </select>
            </Field>
            <TextField
              id={`savings-${index}-periodYears`}
              label="Years it covers (optional)"
              hint="For a cumulative or total figure"
              value={claim.periodYears}
              error={errors[`savings-${index}-periodYears`]}
              width={4}
            />
            <TextField
              id={`savings-${index}-sourceUrl`}
              label="Source web address (optional)"
              value={claim.sourceUrl}
              error={errors[`savings-${index}-sourceUrl`]}
              type="url"
            />
            <TextField
              id={`savings-${index}-note`}
              label="Note (optional)"
              value={claim.note}
              error={errors[`savings-${index}-note`]}
            />
          </fieldset>
        ))}

        <TextArea
          id="sources"
          label="Sources"
          hint="Public web pages that show these facts, such as committee reports or the partnership's site: one address per line."
          value={values.sources}
          error={errors.sources}
          rows={4}
        />

        <h2 className="govuk-heading-m">Contact</h2>
        <div className="govuk-inset-text">
          Give a shared mailbox or a web page, not a named person. People change jobs; a role mailbox or a contact page
          keeps working, and the directory publishes no one’s personal details.
        </div>
        <TextField
          id="contactEmail"
          label="Contact mailbox (optional)"
          hint="For example, sharedservices@example.gov.uk"
          value={values.contactEmail}
          error={errors.contactEmail}
          type="email"
          autoComplete="off"
        />
        <TextField
          id="contactUrl"
          label="Contact web page (optional)"
          value={values.contactUrl}
          error={errors.contactUrl}
          type="url"
        />

        {mode === "public" && (
          <>
            <h2 className="govuk-heading-m">About you</h2>
            <TextField
              id="submitterEmail"
              label="Your email address"
              hint="Only the moderators see it, to ask you about this if they need to. It is never published or exported."
              value={values.submitterEmail}
              error={errors.submitterEmail}
              type="email"
              autoComplete="email"
            />
            {/* Hidden from people; automated form-fillers tend to complete it. */}
            <div className="govuk-visually-hidden" aria-hidden="true">
              <label htmlFor="website">Leave this field empty</label>
              <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
          </>
        )}

        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}

function group(error: string | undefined): string {
  return error ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
}

function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function TextField({
  id,
  label,
  hint,
  value,
  error,
  width,
  numeric,
  type = "text",
  autoComplete,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  error?: string;
  width?: 4 | 10 | 20;
  numeric?: boolean;
  type?: "text" | "email" | "url";
  autoComplete?: string;
}) {
  const classes = ["govuk-input", width ? `govuk-input--width-${width}` : null, error ? "govuk-input--error" : null];
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        className={classes.filter(Boolean).join(" ")}
        id={id}
        name={id}
        type={type}
        defaultValue={value}
        inputMode={numeric ? "numeric" : undefined}
        spellCheck={type === "text" && !numeric ? undefined : false}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}

function TextArea({
  id,
  label,
  hint,
  value,
  error,
  rows,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  error?: string;
  rows: number;
}) {
  return (
    <Field id={id} label={label} labelClassName="govuk-label--s" hint={hint} error={error}>
      <textarea
        className={error ? "govuk-textarea govuk-textarea--error" : "govuk-textarea"}
        id={id}
        name={id}
        rows={rows}
        defaultValue={value}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}

/** A GOV.UK form group: label, optional hint and error message, then the control (`children`). */
function Field({
  id,
  label,
  labelClassName,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={group(error)}>
      <label className={["govuk-label", labelClassName].filter(Boolean).join(" ")} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

function Choices({
  id,
  type,
  legend,
  hint,
  options,
  checked,
  error,
}: {
  id: string;
  type: "checkbox" | "radio";
  legend: string;
  hint?: string;
  options: Option[];
  checked: string[];
  error?: string;
}) {
  const kind = type === "checkbox" ? "checkboxes" : "radios";
  return (
    <div className={group(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={id} error={error} />
        <div className={`govuk-${kind} govuk-${kind}--small`} data-module={`govuk-${kind}`}>
          {options.map((option, index) => {
            // The first choice carries the field's id, so the error summary's link lands on it.
            const inputId = index === 0 ? id : `${id}-${option.slug}`;
            return (
              <div key={option.slug} className={`govuk-${kind}__item`}>
                <input
                  className={`govuk-${kind}__input`}
                  id={inputId}
                  name={id}
                  type={type}
                  value={option.slug}
                  defaultChecked={checked.includes(option.slug)}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
