import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignInForm } from "@/components/moderation/sign-in-form";
import { PartnershipForm } from "@/components/submit/partnership-form";
import { BackLink } from "@/components/ui/back-link";
import { currentModerator } from "@/lib/auth/next.server";
import { formValuesOf } from "@/lib/moderation/form-values";
import { pgPool } from "@/lib/db/pool.server";
import { pendingSubmission } from "@/lib/moderation/submissions.server";
import { councilOptions } from "@/lib/councils/index.server";
import { formVocabulary } from "@/lib/moderation/vocabulary.server";
import { approveEditedAction, signInAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit, then approve", robots: { index: false } };

export default async function EditSubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await currentModerator();
  if (!session) return <SignInForm action={signInAction} />;
  const id = Number((await params).id);
  const pool = pgPool();
  const submission = Number.isInteger(id) && id > 0 ? await pendingSubmission(pool, id) : null;
  if (!submission) notFound();
  const [vocabulary, councils] = await Promise.all([formVocabulary(pool), councilOptions()]);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/moderation">Back to the queue</BackLink>
        <h1 className="govuk-heading-l">Edit, then approve submission {id}</h1>
        <p className="govuk-body">
          Correct the submission where it needs it. Approving publishes it and records a revision.
        </p>
        <PartnershipForm
          action={approveEditedAction}
          initial={formValuesOf(submission.proposal, submission.current?.slug ?? "")}
          serviceAreas={vocabulary.serviceAreas}
          modelTypes={vocabulary.modelTypes}
          councilOptions={councils}
          mode="moderator"
          hidden={{ csrfToken: session.csrfToken, submissionId: String(id) }}
          submitLabel="Approve and publish"
        />
      </div>
    </div>
  );
}
