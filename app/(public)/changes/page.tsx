import type { Metadata } from "next";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { formatCount, formatDate } from "@/lib/format";
import { changeLines, changedFields } from "@/lib/partnerships/change-text";
import { recentChanges } from "@/lib/partnerships/changes.server";
import { lastPage } from "@/lib/query-params/paging";
import { REVISION_ACTION_LABELS } from "@/lib/vocabulary";
import { urlParamsOf, type PageSearchParams } from "../filtered-page.server";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

type SearchParams = Promise<PageSearchParams>;

export const metadata: Metadata = {
  title: "Recent changes",
  alternates: { types: { "application/atom+xml": "/feeds/partnerships.atom" } },
};

/** The page number of `?page=`, or a problem in words. */
function pageOf(params: URLSearchParams): { page: number; problem?: string } {
  const values = params.getAll("page").filter((value) => value.trim() !== "");
  if (values.length === 0) return { page: 1 };
  const page = Number(values[0]);
  if (values.length > 1 || !Number.isInteger(page) || page < 1)
    return { page: 1, problem: "Page must be a whole number, 1 or more" };
  return { page };
}

export default async function ChangesPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = pageOf(urlParamsOf(await searchParams));
  const { total, changes } = await recentChanges({ limit: PAGE_SIZE, offset: (requested.page - 1) * PAGE_SIZE });
  const last = lastPage(total, PAGE_SIZE);
  const problem =
    requested.problem ??
    (requested.page > last ? `There is no page ${formatCount(requested.page)}: there are ${formatCount(last)}` : null);
  return (
    <>
      {problem && <ErrorSummary errors={[{ text: problem, href: "/changes" }]} />}
      <h1 className="govuk-heading-l">Recent changes</h1>
      <p className="govuk-body">
        Every approved change to the directory’s partnerships, newest first: {formatCount(total)} in all. Follow them in
        a feed reader with the{" "}
        <a className="govuk-link" href="/feeds/partnerships.atom" type="application/atom+xml">
          Atom feed of all changes
        </a>
        , or with the feed of any filter from the directory’s results.
      </p>
      <ol className="govuk-list app-changes">
        {changes.map((change) => (
          <li key={change.id} className="app-changes__item">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              {REVISION_ACTION_LABELS[change.action]}:{" "}
              {change.exists ? (
                <a className="govuk-link" href={`/partnerships/${change.slug}/history#revision-${change.id}`}>
                  {change.name}
                </a>
              ) : (
                change.name
              )}
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {formatDate(change.at.toISOString())} by {change.by} · {changedFields(change)}
            </p>
            {change.action !== "create" && (
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {changeLines(change).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <Pagination
        current={Math.min(requested.page, last)}
        last={last}
        hrefFor={(page) => (page === 1 ? "/changes" : `/changes?page=${page}`)}
        landmarkLabel="Pages of changes"
      />
    </>
  );
}
