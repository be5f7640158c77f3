// GOV.UK select in its field. Uncontrolled: the server renders the choice.

import type { ReactNode } from "react";
import { Field, type FieldProps } from "./field";
import { controlProps } from "./parts";

export function Select({
  name,
  value,
  options,
  after,
  ...field
}: FieldProps & {
  name?: string;
  value: string;
  options: { value: string; text: string }[];
  /** Shown beside the select, inside its form group (e.g. a button for browsers without scripts). */
  after?: ReactNode;
}) {
  return (
    <Field {...field}>
      <select {...controlProps("select", { ...field, name, value })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {after}
    </Field>
  );
}
