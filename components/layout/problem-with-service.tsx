import Link from "next/link";
import type { ReactNode } from "react";

/** The GOV.UK "Sorry, there is a problem with the service" page body, shared by both error boundaries. */
export function ProblemWithService({ onRetry, reference }: { onRetry: () => void; reference?: string }): ReactNode {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again in a moment. Nothing you were looking at has been changed.</p>
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={onRetry}>
          Try again
        </button>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to the directory home page
          </Link>
        </p>
        {reference && (
          <p className="govuk-body-s">
            If the problem keeps happening, quote this reference when you report it: <code>{reference}</code>
          </p>
        )}
      </div>
    </div>
  );
}

export function errorReference(error: unknown): string | undefined {
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string") return error.digest;
  return undefined;
}
