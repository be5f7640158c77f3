import type { Metadata } from "next";
import Link from "next/link";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { PRIVACY_NOTICE_UPDATED } from "@/components/statutory/dates";
import { OperatorMailbox } from "@/components/statutory/operator-mailbox";
import { ExternalLink } from "@/components/ui/external-link";
import { SESSION_HOURS } from "@/lib/auth/sessions.server";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { THROTTLE_RULES } from "@/lib/auth/throttle.server";
import { formatDate, pluralise } from "@/lib/format";
import { SUBMITTER_EMAIL_DAYS_AFTER_DECISION, THROTTLE_EVENT_HOURS } from "@/lib/moderation/retention";
import { tileSettings } from "@/lib/map/tile-settings.server";
import { serviceOperator } from "@/lib/operator";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Privacy notice" };

/** The privacy notice: what the submission form and moderation keep, worded from the code that keeps it. */
export default function PrivacyPage() {
  const operator = serviceOperator();
  const perHour = THROTTLE_RULES.submitPerAddress;
  const tiles = tileSettings();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Privacy notice</h1>
        <p className="govuk-body">
          This notice explains what personal data the {SERVICE_NAME} keeps, why, for how long and who sees it. The
          directory is run by {operator.name}, which is the data controller for it.
        </p>

        <h2 className="govuk-heading-l">Browsing the directory</h2>
        <p className="govuk-body">
          You can search the directory, read its pages and download its data without telling us who you are. The
          directory sets no cookies on these pages and uses no analytics. Its own web server writes no log of who
          visits: when a page fails, it records only the address of that page.
        </p>
        <p className="govuk-body">
          {tiles
            ? `The map’s background is loaded from another service (${tiles.attribution}), which sees your network address as any website does.`
            : "Nothing is loaded from other websites, so no other organisation learns that you visited."}
        </p>

        <h2 className="govuk-heading-l">Adding a partnership or suggesting a change</h2>
        <p className="govuk-body">
          When you use the{" "}
          <Link className="govuk-link" href="/submit">
            form for adding a partnership
          </Link>{" "}
          or suggest a change to an entry, we keep:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            what you propose for the entry: its name, summary, councils, other partners, service areas, how it is run,
            status, start and end years, savings figures with their sources and notes, sources, and a contact mailbox or
            web page for the partnership
          </li>
          <li>your email address</li>
          <li>when you sent it, and, for a change, the entry as it was when you saw it</li>
          <li>
            for an hour, a one-way scrambled form (a SHA-256 hash) of your network address, so that no more than{" "}
            {pluralise(perHour.limit, "submission")} an hour come from one address; it is deleted within{" "}
            {THROTTLE_EVENT_HOURS} hours
          </li>
          <li>what a moderator decided, when, and why a submission was rejected</li>
        </ul>
        <p className="govuk-body">
          The entry is for publishing: once a moderator approves it, everything in the first item above is published and
          can be downloaded under the Open Government Licence, and the entry’s history keeps each version. Give a shared
          mailbox or a web page as the partnership’s contact, never a named person’s details.
        </p>
        <p className="govuk-body">
          Your email address is never published, never exported and never written into an entry’s history. Only the
          directory’s moderators see it, to ask you about your submission if they need to.
        </p>

        <h2 className="govuk-heading-l">Why we can use it</h2>
        <p className="govuk-body">
          We keep and publish this information because it is needed for a task in the public interest: a public record
          of how public bodies share services, with its sources (UK GDPR Article 6(1)(e)). We use your email address
          only to ask about what you sent.
        </p>

        <h2 className="govuk-heading-l">How long we keep it</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            A submission waiting for a moderator is kept, with your email address, until a moderator approves or rejects
            it.
          </li>
          <li>
            Your email address is erased {pluralise(SUBMITTER_EMAIL_DAYS_AFTER_DECISION, "day")} after the decision.
          </li>
          <li>
            The proposal and the decision are kept after that, as the record of where an entry came from; an approved
            entry stays published until it is corrected or removed, and its history is kept.
          </li>
        </ul>

        <h2 className="govuk-heading-l">Moderators</h2>
        <p className="govuk-body">
          For each moderator the directory keeps their email address and a scrambled form of their password (never the
          password itself). Signing in sets one cookie, described on the{" "}
          <Link className="govuk-link" href="/cookies">
            cookies page
          </Link>
          ; a sign-in lasts {pluralise(SESSION_HOURS, "hour")}. To limit password guessing, failed sign-ins are counted
          against scrambled forms of the email address and the network address, deleted within {THROTTLE_EVENT_HOURS}{" "}
          hours, and a scrambled form of each network address a moderator signs in from is kept so that they are not
          locked out of it; it stops counting after {SIGN_IN_LIMITS.knownAddressDays} days without a sign-in.
        </p>

        <h2 className="govuk-heading-l">Who we share it with</h2>
        <p className="govuk-body">
          Nobody. Your email address and network address are not sent to any other organisation, and the directory uses
          no analytics or other third-party services.
        </p>

        <h2 className="govuk-heading-l">Your rights</h2>
        <p className="govuk-body">You have the right to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>ask for a copy of the personal data we hold about you</li>
          <li>have it corrected if it is wrong</li>
          <li>have it erased, or its use restricted</li>
          <li>object to our use of it</li>
        </ul>
        <OperatorMailbox operator={operator} subject="Data protection request" />
        <p className="govuk-body">
          If you are unhappy with how we have used your data, you can complain to the{" "}
          <ExternalLink href="https://ico.org.uk/make-a-complaint/">Information Commissioner’s Office</ExternalLink>,
          telephone 0303 123 1113.
        </p>

        <p className="govuk-body-s">Last updated {formatDate(PRIVACY_NOTICE_UPDATED)}.</p>
      </div>
    </div>
  );
}
