"use client";

import { useActionState, type ReactNode } from "react";
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
  pageTitle,
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
  /** The page's title: shown after "Error: " while the form has problems, so the tab says so too. */
  pageTitle?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initial, errors: {} });
  const { values, errors } = state;
  /** The id, value and error of one of the form's text fields. */
  const field = (id: Exclude<keyof PartnershipFormValues, "serviceAreas" | "savings">) => ({
    id,
    value: values[id],
    error: errors[id],
  });
  /** A text box (one item a line, or a few sentences) in the form's style. */
  const textBox = (
    id: "summary" | "councils" | "partners" | "sources",
    label: string,
    rows: number,
    hint: ReactNode,
  ) => <Textarea {...field(id)} label={label} labelClassName="govuk-label--s" hint={hint} rows={rows} />;
  /** A four-digit year box. */
  const yearBox = (id: "startYear" | "endYear", label: string, hint: string) => (
    <TextInput {...field(id)} label={label} hint={hint} width={4} inputMode="numeric" spellCheck={false} />
  );
  /** An email address box; `autoComplete` says whose address it is ("off": not the user's). */
  const emailBox = (id: "contactEmail" | "submitterEmail", label: string, hint: string, autoComplete: string) => (
    <TextInput {...field(id)} label={label} hint={hint} type="email" spellCheck={false} autoComplete={autoComplete} />
  );
  /** The id, value and error of one field of the savings figure in row `index`. */
  const claimField = (index: number, field: keyof PartnershipFormValues["savings"][number]) => ({
    id: `savings-${index}-${field}`,
    value: values.savings[index]![field],
    error: errors[`savings-${index}-${field}`],
  });
  const summary = Object.entries(errors).map(([id, text]) => ({ text, href: `#${id === "form" ? "name" : id}` }));

  return (
    <>
      {/* React places a title in the document's head, where it comes before the page's own. */}
      {pageTitle && (summary.length > 0 || state.message) && <title>{`Error: ${pageTitle}`}</title>}
      {(summary.length > 0 || state.message) && (
        <ErrorSummary errors={summary}>{state.message && <p className="govuk-body">{state.message}</p>}</ErrorSummary>
      )}
      <form action={formAction} noValidate>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="slug" value={values.slug} />

        <TextInput {...field("name")} label="Name of the partnership" />
        {textBox("summary", "Summary", 4, "What the partnership does and how, in a few sentences.")}
        <CouncilListField
          // A new list when the server sends the form back, so it shows what was sent.
          key={values.councils}
          value={values.councils}
          error={errors.councils}
          options={councilOptions}
          hint="Add each council in the partnership, and tick the one that leads or hosts it."
          textArea={textBox(
            "councils",
            "Councils",
            5,
            <>
              One council per line: name or GSS code, such as Darlington or E06000005. Add [lead] after the council that
              leads or hosts the partnership.
            </>,
          )}
        />
        {textBox(
          "partners",
          "Other partners (optional)",
          3,
          "Companies, NHS bodies, voluntary organisations: one per line. Add [provider] after one that supplies the service.",
        )}

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

        {yearBox("startYear", "Start year (optional)", "For example, 2015")}
        {yearBox("endYear", "End year (optional)", "Leave empty if it is still running")}

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

        {textBox(
          "sources",
          "Sources",
          4,
          "Public web pages that show these facts, such as committee reports or the partnership's site: one address per line.",
        )}

        <h2 className="govuk-heading-m">Contact</h2>
        <div className="govuk-inset-text">
          Give a shared mailbox or a web page, not a named person. People change jobs; a role mailbox or a contact page
          keeps working, and the directory publishes no one’s personal details.
        </div>
        {emailBox("contactEmail", "Contact mailbox (optional)", "For example, sharedservices@example.gov.uk", "off")}
        <TextInput {...field("contactUrl")} label="Contact web page (optional)" type="url" spellCheck={false} />

        {mode === "public" && (
          <>
            <h2 className="govuk-heading-m">About you</h2>
            {emailBox(
              "submitterEmail",
              "Your email address",
              "Only the moderators see it, to ask you about this if they need to. It is never published or exported.",
              "email",
            )}
            <p className="govuk-body">
              The{" "}
              <a className="govuk-link" href="/privacy">
                privacy notice
              </a>{" "}
              says what we keep from this form, for how long, and who sees it.
            </p>
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
