import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/partnership/revision-diff";
import { BackLink } from "@/components/ui/back-link";
import { formatDate } from "@/lib/format";
import { partnershipHistory } from "@/lib/partnerships/history.server";
import { REVISION_ACTION_LABELS, REVISION_AUTHOR_LABELS } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const authorOf = (by: string) => REVISION_AUTHOR_LABELS[by] ?? by;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const history = await partnershipHistory((await params).slug);
  return { title: history ? `History of ${history.name}` : "Page not found" };
}

export default async function HistoryPage({ params }: { params: Params }) {
  const history = await partnershipHistory((await params).slug);
  if (!history) notFound();
  return (
    <>
      <BackLink href={`/partnerships/${history.slug}`}>Back to {history.name}</BackLink>
      <h1 className="govuk-heading-l">History of {history.name}</h1>
      <p className="govuk-body">Every approved change to this entry, oldest first.</p>
      <ol className="govuk-list app-history">
        {history.revisions.map((revision) => (
          <li key={revision.id} id={`revision-${revision.id}`}>
            <h2 className="govuk-heading-s">
              {REVISION_ACTION_LABELS[revision.action]} on {formatDate(revision.at)} by {authorOf(revision.by)}
            </h2>
            <p className="govuk-body">{revision.summary}</p>
            <RevisionDiff caption={`Changes on ${formatDate(revision.at)}`} changes={revision.changes} />
          </li>
        ))}
      </ol>
    </>
  );
}
