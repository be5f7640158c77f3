// GOV.UK text input and textarea, each in its field. Uncontrolled: the server renders the value.

import type { ReactNode } from "react";
import { Field, type FieldProps } from "./field";
import { controlProps } from "./parts";

export function TextInput({
  name,
  value,
  type = "text",
  width,
  inputMode,
  autoComplete,
  spellCheck,
  prefix,
  suffix,
  ...field
}: FieldProps & {
  /** The name the form sends; the id by default. */
  name?: string;
  value?: string;
  type?: "text" | "search" | "email" | "url";
  /** A GOV.UK width class: govuk-input--width-4, -10, -20. */
  width?: 4 | 10 | 20;
  inputMode?: "numeric" | "text" | "search";
  autoComplete?: string;
  spellCheck?: boolean;
  prefix?: ReactNode;
  suffix?: ReactNode;
}) {
  const input = (
    <input
      {...controlProps("input", { ...field, name, value, modifier: width && `govuk-input--width-${width}` })}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
    />
  );
  return (
    <Field {...field}>
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
    </Field>
  );
}

export function Textarea({
  name,
  value,
  rows,
  ...field
}: FieldProps & { name?: string; value?: string; rows: number }) {
  return (
    <Field {...field}>
      <textarea {...controlProps("textarea", { ...field, name, value })} rows={rows} />
    </Field>
  );
}
