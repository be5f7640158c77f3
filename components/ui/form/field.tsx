// A labelled field: the form group, the label, the hint and the error message, then the control (`children`).
// The fields below (TextInput, Textarea, Select) are this with their control; a control of its own (the council
// picker) goes in as children.

import type { ReactNode } from "react";
import { ErrorMessage, FormGroup, Hint, classes, errorId, hintId } from "./parts";

export type FieldProps = {
  id: string;
  label: ReactNode;
  /** E.g. "govuk-label--s"; a plain label by default. */
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  /** Extra classes on the form group. */
  className?: string;
};

export function Field({
  id,
  label,
  labelClassName,
  hint,
  error,
  className,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <FormGroup error={error} className={className}>
      <label className={classes("govuk-label", labelClassName)} htmlFor={id}>
        {label}
      </label>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>
      {children}
    </FormGroup>
  );
}
