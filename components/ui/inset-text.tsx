import type { ReactNode } from "react";

export function InsetText({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div id={id} className="govuk-inset-text">
      {children}
    </div>
  );
}
