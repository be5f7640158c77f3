import type { Metadata } from "next";
import { PROBLEM_TEXT_ID, UNAVAILABLE } from "@/lib/http/refusals";

export const metadata: Metadata = { title: UNAVAILABLE.heading, robots: { index: false } };

// Rendered once for the web server (lib/http/guard.server.ts), which keeps it without its scripts and answers
// with it — its text replaced where `PROBLEM_TEXT_ID` says — whenever it refuses a page request or a page fails:
// a complete page in the site's own layout that needs neither JavaScript nor the database. Anyone else asking
// for this address is shown the not-found page.
export default function ServiceUnavailable() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds" id={PROBLEM_TEXT_ID}>
        <h1 className="govuk-heading-l">{UNAVAILABLE.heading}</h1>
        <p className="govuk-body">{UNAVAILABLE.message}</p>
      </div>
    </div>
  );
}
