"use client";

import { useEffect, useRef, type ReactNode } from "react";

export type ErrorSummaryItem = { text: ReactNode; href?: string };

/**
 * GOV.UK error summary. It takes focus when it appears, as the GOV.UK script would,
 * so keyboard and screen reader users land on the problem first.
 * As in GOV.UK Frontend v6, the alert role sits on an inner container, apart from the focused element.
 */
export function ErrorSummary({
  title = "There is a problem",
  errors,
  children,
}: {
  title?: ReactNode;
  errors: ErrorSummaryItem[];
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={index}>{error.href ? <a href={error.href}>{error.text}</a> : error.text}</li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
