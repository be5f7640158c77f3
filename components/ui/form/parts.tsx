// The small pieces of GOV.UK Frontend's form markup every field is made of: the form group, the hint, the error
// message, and how a control names them (aria-describedby). Ids follow one rule: a field `x` has its hint at
// `x-hint` and its error at `x-error`, so an error summary can link to `#x`.

import type { ReactNode } from "react";

/** Class names, leaving out the ones not given. */
export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a control is described by: its hint and its error, where it has them. */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: string }): string | undefined {
  return classes(hint ? hintId(id) : null, error ? errorId(id) : null) || undefined;
}

export function FormGroup({ error, className, children }: { error?: string; className?: string; children: ReactNode }) {
  return <div className={classes("govuk-form-group", error && "govuk-form-group--error", className)}>{children}</div>;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

/** What every text control carries: its GOV.UK class (and error modifier), id, name, initial value and description. */
export function controlProps(
  kind: "input" | "textarea" | "select",
  field: { id: string; name?: string; value?: string; hint?: ReactNode; error?: string; modifier?: string | false },
) {
  return {
    className: classes(`govuk-${kind}`, field.modifier, field.error && `govuk-${kind}--error`),
    id: field.id,
    name: field.name ?? field.id,
    defaultValue: field.value,
    "aria-describedby": describedBy(field.id, field),
  };
}
