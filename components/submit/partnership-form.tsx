"use client";

import { useActionState } from "react";
import type { CouncilPickerOption } from "@/components/council/council-picker";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Checkboxes, Radios, Select, Textarea, TextInput } from "@/components/ui/form";
import { CouncilListField } from "./council-list-field";
import type { FieldErrors } from "@/lib/validations/fields";
import type { PartnershipFormValues } from "@/lib/validations/partnership";
import { STATUS_LABELS, PARTNERSHIP_STATUSES, SAVINGS_BASES } from "@/lib/vocabulary";

/** The choices of a checkbox or radio group, the checked ones ticked. */
const choicesOf = (options: Option[], checked: string[]) =>
  options.map((option) => ({ value: option.slug, label: option.label, selected: checked.includes(option.slug) }));

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
  /** The id, value and error of one field of the savings figure in row `index`. */
  const claimField = (index: number, field: keyof PartnershipFormValues["savings"][number]) => ({
    id: `savings-${index}-${field}`,
    value: values.savings[index]![field],
    error: errors[`savings-${index}-${field}`],
  });
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

        <TextInput id="name" label="Name of the partnership" value={values.name} error={errors.name} />
        <Textarea
          id="summary"
          label="Summary"
          labelClassName="govuk-label--s"
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
            <Textarea
              id="councils"
              label="Councils"
              labelClassName="govuk-label--s"
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
        <Textarea
          id="partners"
          label="Other partners (optional)"
          labelClassName="govuk-label--s"
          hint="Companies, NHS bodies, voluntary organisations: one per line. Add [provider] after one that supplies the service."
          value={values.partners}
          error={errors.partners}
          rows={3}
        />

        <Checkboxes
          id="serviceAreas"
          legend="Service areas"
          hint="Select all that apply."
          choices={choicesOf(serviceAreas, values.serviceAreas)}
          error={errors.serviceAreas}
          withScripts
        />
        <Radios
          id="modelType"
          legend="How is it run?"
          choices={choicesOf(modelTypes, [values.modelType])}
          error={errors.modelType}
          withScripts
        />
        <Radios
          id="status"
          legend="Status"
          choices={choicesOf(
            PARTNERSHIP_STATUSES.map((slug) => ({ slug, label: STATUS_LABELS[slug] })),
            [values.status],
          )}
          error={errors.status}
          withScripts
        />

        <TextInput
          id="startYear"
          label="Start year (optional)"
          hint="For example, 2015"
          value={values.startYear}
          error={errors.startYear}
          width={4}
          inputMode="numeric"
          spellCheck={false}
        />
        <TextInput
          id="endYear"
          label="End year (optional)"
          hint="Leave empty if it is still running"
          value={values.endYear}
          error={errors.endYear}
          width={4}
          inputMode="numeric"
          spellCheck={false}
        />

        <h2 className="govuk-heading-m">Savings</h2>
        <p className="govuk-body">
          Give each savings figure as the source reports it. Leave a row empty if you have no figure: “not reported” is
          better than a guess.
        </p>
        {values.savings.map((_claim, index) => (
          <fieldset key={index} className="govuk-fieldset app-savings-claim">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Savings figure {index + 1}</legend>
            <TextInput
              {...claimField(index, "amount")}
              label="Amount in pounds"
              width={10}
              inputMode="numeric"
              spellCheck={false}
            />
            <Select
              {...claimField(index, "basis")}
              label="What the amount is"
              options={[
                { value: "", text: "Choose" },
                ...SAVINGS_BASES.map((basis) => ({ value: basis.slug, text: basis.label })),
              ]}
            />
            <TextInput
              {...claimField(index, "periodYears")}
              label="Years it covers (optional)"
              hint="For a cumulative or total figure"
              width={4}
            />
            <TextInput
              {...claimField(index, "sourceUrl")}
              label="Source web address (optional)"
              type="url"
              spellCheck={false}
            />
            <TextInput {...claimField(index, "note")} label="Note (optional)" />
          </fieldset>
        ))}

        <Textarea
          id="sources"
          label="Sources"
          labelClassName="govuk-label--s"
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
        <TextInput
          id="contactEmail"
          label="Contact mailbox (optional)"
          hint="For example, sharedservices@example.gov.uk"
          value={values.contactEmail}
          error={errors.contactEmail}
          type="email"
          spellCheck={false}
          autoComplete="off"
        />
        <TextInput
          id="contactUrl"
          label="Contact web page (optional)"
          value={values.contactUrl}
          error={errors.contactUrl}
          type="url"
          spellCheck={false}
        />

        {mode === "public" && (
          <>
            <h2 className="govuk-heading-m">About you</h2>
            <TextInput
              id="submitterEmail"
              label="Your email address"
              hint="Only the moderators see it, to ask you about this if they need to. It is never published or exported."
              value={values.submitterEmail}
              error={errors.submitterEmail}
              type="email"
              spellCheck={false}
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
