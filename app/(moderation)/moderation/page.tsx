import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/moderation/sign-in-form";
import { SubmissionCard } from "@/components/moderation/submission-card";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextInput } from "@/components/ui/form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { Table, columns } from "@/components/ui/table";
import { currentModerator } from "@/lib/auth/next.server";
import { pgPool } from "@/lib/db/pool.server";
import { staleEntries } from "@/lib/moderation/stale.server";
import { eraseExpiredPersonalData } from "@/lib/moderation/retention.server";
import { pendingSubmissions } from "@/lib/moderation/submissions.server";
import { CHECK_DUE_YEARS } from "@/lib/partnerships/freshness";
import { formatKnownDate } from "@/lib/format";
import { decideAction, signInAction, signOutAction, verifyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Moderation", robots: { index: false } };

const DONE: Record<string, string> = {
  approved: "Approved and published",
  rejected: "Rejected",
  verified: "Marked as verified today",
};

const PROBLEMS: Record<string, string> = {
  "already-decided": "Another moderator has already decided on that submission",
  "not-found": "That submission or entry does not exist",
  "entry-gone": "The entry that submission corrects is no longer in the directory",
  "cross-site": "That request did not come from this site, so nothing was changed",
  "bad-token": "That form had expired, so nothing was changed: try again",
  reason: "Enter the reason for rejecting it",
};

export default async function ModerationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await currentModerator();
  if (!session) return <SignInForm action={signInAction} />;
  const { done, problem, slug } = await searchParams;
  await eraseExpiredPersonalData(pgPool());
  const [queue, stale] = await Promise.all([pendingSubmissions(pgPool()), staleEntries(pgPool())]);

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Moderation</h1>
        </div>
        <div className="govuk-grid-column-one-third">
          <form action={signOutAction} className="app-sign-out">
            <input type="hidden" name="csrfToken" value={session.csrfToken} />
            <p className="govuk-body-s">Signed in as {session.email}</p>
            <button type="submit" className="govuk-button govuk-button--secondary">
              Sign out
            </button>
          </form>
        </div>
      </div>

      {typeof problem === "string" && PROBLEMS[problem] && <ErrorSummary errors={[{ text: PROBLEMS[problem] }]} />}
      {typeof done === "string" && DONE[done] && (
        <NotificationBanner id="done-title" title="Success" success>
          {DONE[done]}
          {typeof slug === "string" && slug !== "" && done !== "rejected" && (
            <>
              :{" "}
              <Link className="govuk-notification-banner__link" href={`/partnerships/${slug}`}>
                view the entry
              </Link>
            </>
          )}
        </NotificationBanner>
      )}

      <h2 className="govuk-heading-m">Waiting for a decision ({queue.length})</h2>
      {queue.length === 0 && <p className="govuk-body">There is nothing to check.</p>}
      {queue.map((submission) => (
        <SubmissionCard
          key={submission.id}
          submission={submission}
          csrfToken={session.csrfToken}
          decide={decideAction}
        />
      ))}

      <h2 className="govuk-heading-m" id="stale-heading">
        May be out of date ({stale.total})
      </h2>
      {stale.total === 0 ? (
        <p className="govuk-body">Every active entry has been checked in the last {CHECK_DUE_YEARS} years.</p>
      ) : (
        <>
          <p className="govuk-body">
            Active entries not checked for {CHECK_DUE_YEARS} years or more, longest first. Check each against its
            sources, then mark it verified, or correct it with “Suggest a change” on its page.
            {stale.total > stale.entries.length && ` The first ${stale.entries.length} are shown.`}
          </p>
          <div className="app-table-scroll" role="region" aria-labelledby="stale-heading" tabIndex={0}>
            <Table
              caption="Entries to check, longest unchecked first"
              captionClassName="govuk-visually-hidden"
              head={columns(
                ["entry", "Entry"],
                ["verified", "Last verified"],
                [
                  "action",
                  <span key="action" className="govuk-visually-hidden">
                    Action
                  </span>,
                ],
              )}
              firstCellIsHeader
              rows={stale.entries.map((entry) => ({
                key: entry.slug,
                cells: [
                  <Link key="entry" className="govuk-link" href={`/partnerships/${entry.slug}`}>
                    {entry.name}
                  </Link>,
                  entry.lastVerified === null ? "Never" : formatKnownDate(entry.lastVerified),
                  <form key="action" action={verifyAction}>
                    <input type="hidden" name="csrfToken" value={session.csrfToken} />
                    <input type="hidden" name="slug" value={entry.slug} />
                    <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
                      Mark verified<span className="govuk-visually-hidden"> {entry.name}</span>
                    </button>
                  </form>,
                ],
              }))}
            />
          </div>
        </>
      )}

      <h2 className="govuk-heading-m">Mark an entry as verified</h2>
      <form action={verifyAction}>
        <input type="hidden" name="csrfToken" value={session.csrfToken} />
        <TextInput
          id="verify-slug"
          name="slug"
          label="The entry’s address name"
          hint="The last part of its web address, such as xentrall for /partnerships/xentrall"
          width={20}
          spellCheck={false}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Mark as verified today
        </button>
      </form>
    </>
  );
}
