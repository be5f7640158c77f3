// GOV.UK fieldsets, checkboxes and radios. The first choice carries the field's id, so the error summary's link
// lands on it; the others are `<id>-<value>`.

import type { ReactNode } from "react";
import { ErrorMessage, FormGroup, Hint, classes, describedBy, errorId, hintId } from "./parts";

export type FieldsetProps = {
  /** The base of the hint's and error's ids. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Extra classes on the form group. */
  className?: string;
};

/** A form group holding a fieldset: its legend, hint and error message, then the controls (`children`). */
export function Fieldset({ id, legend, hint, error, className, children }: FieldsetProps & { children: ReactNode }) {
  return (
    <FormGroup error={error} className={className}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, { hint, error })}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={hintId(id)}>{hint}</Hint>
        <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>
        {children}
      </fieldset>
    </FormGroup>
  );
}

export type Choice = {
  value: string;
  label: ReactNode;
  /** The choice's own id, when the field's rule does not suit. */
  id?: string;
  /** Controlled: checked now, and what a change does. Uncontrolled otherwise (`selected` is the initial state). */
  checked?: boolean;
  onChange?: () => void;
  selected?: boolean;
};

/** The checkboxes or radios of a group, without their fieldset: for groups shown in parts ("show more"). */
export function ChoiceItems({
  type,
  id,
  name,
  choices,
  from = 0,
  inline,
  withScripts,
  className,
}: {
  type: "checkbox" | "radio";
  id: string;
  name: string;
  choices: readonly Choice[];
  /** The index of the first of these choices in the whole group. */
  from?: number;
  inline?: boolean;
  /** GOV.UK Frontend's script for the group (data-module). */
  withScripts?: boolean;
  className?: string;
}) {
  const kind = type === "checkbox" ? "checkboxes" : "radios";
  return (
    <div
      className={classes(`govuk-${kind}`, `govuk-${kind}--small`, inline && `govuk-${kind}--inline`, className)}
      data-module={withScripts ? `govuk-${kind}` : undefined}
    >
      {choices.map((choice, index) => {
        const choiceId = choice.id ?? (from + index === 0 ? id : `${id}-${choice.value}`);
        return (
          <div key={choice.value} className={`govuk-${kind}__item`}>
            <input
              className={`govuk-${kind}__input`}
              id={choiceId}
              name={name}
              type={type}
              value={choice.value}
              checked={choice.checked}
              onChange={choice.onChange}
              defaultChecked={choice.selected}
            />
            <label className={`govuk-label govuk-${kind}__label`} htmlFor={choiceId}>
              {choice.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

type ChoicesProps = FieldsetProps & {
  /** The name the form sends; the id by default. */
  name?: string;
  choices: readonly Choice[];
  inline?: boolean;
  withScripts?: boolean;
  /** Shown after the choices, inside the fieldset. */
  after?: ReactNode;
};

function ChoicesField({
  type,
  name,
  choices,
  inline,
  withScripts,
  after,
  ...fieldset
}: ChoicesProps & { type: "checkbox" | "radio" }) {
  return (
    <Fieldset {...fieldset}>
      <ChoiceItems
        type={type}
        id={fieldset.id}
        name={name ?? fieldset.id}
        choices={choices}
        inline={inline}
        withScripts={withScripts}
      />
      {after}
    </Fieldset>
  );
}

export function Checkboxes(props: ChoicesProps) {
  return <ChoicesField type="checkbox" {...props} />;
}

export function Radios(props: ChoicesProps) {
  return <ChoicesField type="radio" {...props} />;
}
