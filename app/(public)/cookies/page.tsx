import type { Metadata } from "next";
import Link from "next/link";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { Table, columns } from "@/components/ui/table";
import { SESSION_COOKIE, SESSION_HOURS } from "@/lib/auth/sessions.server";
import { pluralise } from "@/lib/format";

export const metadata: Metadata = { title: "Cookies" };

/** The cookies page: the one cookie the directory sets, read from the code that sets it. */
export default function CookiesPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Cookies</h1>
        <p className="govuk-body">
          Cookies are small files saved on your phone, tablet or computer when you visit a website.
        </p>
        <p className="govuk-body">
          The {SERVICE_NAME} sets no cookies when you search it, read its pages, download its data or send a submission.
          It uses no analytics and no advertising, and loads nothing from other websites that could set cookies of their
          own. That is why it never asks you to accept cookies.
        </p>

        <h2 className="govuk-heading-l">Moderators’ cookie</h2>
        <p className="govuk-body">
          Only the people who check submissions get a cookie, when they sign in to{" "}
          <Link className="govuk-link" href="/moderation">
            moderation
          </Link>
          . It is essential: it keeps them signed in, and moderation cannot work without it.
        </p>
        <Table
          caption="The cookie a moderator gets on signing in"
          captionClassName="govuk-table__caption--s"
          firstCellIsHeader
          stack
          head={columns(["name", "Name"], ["purpose", "Purpose"], ["expires", "Expires"])}
          rows={[
            {
              key: SESSION_COOKIE,
              cells: [
                <code key="name">{SESSION_COOKIE}</code>,
                "Keeps a moderator signed in. It holds a random code, not their name or email address, and is sent only to this website.",
                `After ${pluralise(SESSION_HOURS, "hour")}, or when the moderator signs out`,
              ],
            },
          ]}
        />
      </div>
    </div>
  );
}
