import type { Metadata } from "next";
import Link from "next/link";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { OperatorMailbox } from "@/components/statutory/operator-mailbox";
import { serviceOperator } from "@/lib/operator";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Contact" };

/** Where each kind of question goes. */
export default function ContactPage() {
  const operator = serviceOperator();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Contact</h1>
        <p className="govuk-body">
          The {SERVICE_NAME} is run by {operator.name}.
        </p>

        <h2 className="govuk-heading-m">Something in an entry is wrong or out of date</h2>
        <p className="govuk-body">
          Open the partnership’s page and choose “Suggest a change to this entry”. A moderator checks every change
          against its sources before it is published.
        </p>

        <h2 className="govuk-heading-m">A partnership is missing</h2>
        <p className="govuk-body">
          <Link className="govuk-link" href="/submit">
            Add a partnership
          </Link>{" "}
          with the public pages that show it.
        </p>

        <h2 className="govuk-heading-m">A question about a partnership itself</h2>
        <p className="govuk-body">
          Each partnership’s page gives its own contact: its website, the lead council, or a shared mailbox. The
          directory cannot answer for the partnerships it lists.
        </p>

        <h2 className="govuk-heading-m">The data and the API</h2>
        <p className="govuk-body">
          <Link className="govuk-link" href="/data">
            Download the data
          </Link>{" "}
          to read its licence, its data dictionary and how to use the API.
        </p>

        <h2 className="govuk-heading-m">Anything else</h2>
        <p className="govuk-body">
          For a problem with the website, an accessibility problem, or a request about your personal data:
        </p>
        <OperatorMailbox operator={operator} subject={`${SERVICE_NAME}: a question`} />
        <p className="govuk-body">
          Read the{" "}
          <Link className="govuk-link" href="/accessibility">
            accessibility statement
          </Link>{" "}
          and the{" "}
          <Link className="govuk-link" href="/privacy">
            privacy notice
          </Link>{" "}
          for what we do and what you can ask.
        </p>
      </div>
    </div>
  );
}
