import Link from "next/link";
import { RevisionDiff } from "@/components/partnership/revision-diff";
import { Textarea } from "@/components/ui/form";
import { diffSnapshots } from "@/lib/partnerships/diff";
import type { PendingSubmission } from "@/lib/moderation/submissions.server";

/** One submission in the queue: what it changes, and the moderator's choices. */
export function SubmissionCard({
  submission,
  csrfToken,
  decide,
}: {
  submission: PendingSubmission;
  csrfToken: string;
  decide: (form: FormData) => Promise<void>;
}) {
  const { id, kind, proposal, current } = submission;
  const title = kind === "create" ? `New partnership: ${proposal.name}` : `Change to ${current?.name ?? proposal.name}`;
  return (
    <section className="govuk-summary-card" aria-labelledby={`submission-${id}-title`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`submission-${id}-title`}>
          {title}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body-s">
          Submission {id}, sent {submission.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC by{" "}
          {submission.submitterEmail}
          {kind === "update" && current && (
            <>
              {" "}
              ·{" "}
              <Link className="govuk-link" href={`/partnerships/${current.slug}`}>
                current entry
              </Link>
            </>
          )}
        </p>
        {kind === "update" && !current && (
          <p className="govuk-body">The entry this corrects is no longer in the directory.</p>
        )}
        <RevisionDiff caption={`What submission ${id} changes`} changes={diffSnapshots(current, proposal)} />
        <div className="govuk-button-group">
          <form action={decide}>
            <input type="hidden" name="csrfToken" value={csrfToken} />
            <input type="hidden" name="submissionId" value={id} />
            <input type="hidden" name="decision" value="approve" />
            <button type="submit" className="govuk-button" aria-describedby={`submission-${id}-title`}>
              Approve
            </button>
          </form>
          <Link className="govuk-link" href={`/moderation/submissions/${id}`}>
            Edit, then approve<span className="govuk-visually-hidden"> submission {id}</span>
          </Link>
        </div>
        <form action={decide}>
          <input type="hidden" name="csrfToken" value={csrfToken} />
          <input type="hidden" name="submissionId" value={id} />
          <input type="hidden" name="decision" value="reject" />
          <Textarea id={`reason-${id}`} name="reason" label={<>Reason for rejecting submission {id}</>} rows={2} />
          <button type="submit" className="govuk-button govuk-button--warning">
            Reject
          </button>
        </form>
      </div>
    </section>
  );
}
