import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Submission received" };

export default async function ConfirmationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const change = (await searchParams).change === "1";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">
            {change ? "Change sent for checking" : "Partnership sent for checking"}
          </h1>
        </div>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          A moderator will check it against its sources. Nothing is published until they approve it. If they have a
          question, they will email you.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Back to the directory
          </Link>
        </p>
      </div>
    </div>
  );
}
