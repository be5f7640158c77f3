import Link from "next/link";
import type { ServiceOperator } from "@/lib/operator";

/** The operator's mailbox as a link, with what to put in the subject; or, with none configured, the routes there are. */
export function OperatorMailbox({ operator, subject }: { operator: ServiceOperator; subject: string }) {
  if (operator.email === null) {
    return (
      <p className="govuk-body">
        This copy of the directory has no contact mailbox. To correct an entry or add one, use the{" "}
        <Link className="govuk-link" href="/submit">
          form for adding a partnership
        </Link>{" "}
        or the “Suggest a change to this entry” link on the partnership’s page: a moderator reads every one.
      </p>
    );
  }
  const href = `mailto:${operator.email}?subject=${encodeURIComponent(subject)}`;
  return (
    <p className="govuk-body">
      Email{" "}
      <a className="govuk-link" href={href}>
        {operator.email}
      </a>{" "}
      with “{subject}” as the subject.
    </p>
  );
}
