import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          Council pages are found by GSS code, for example <code>/councils/E07000078</code>. You can{" "}
          <Link className="govuk-link" href="/councils">
            browse every council
          </Link>{" "}
          or{" "}
          <Link className="govuk-link" href="/">
            go to the directory of partnerships
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
