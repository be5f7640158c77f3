import type { Metadata } from "next";
import Link from "next/link";
import { PartnershipSummaryCard } from "@/components/directory/partnership-summary-card";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { formatCount, pluralise } from "@/lib/format";
import { listPartnerships } from "@/lib/partnerships/index.server";
import { DIRECTORY_PAGE_SIZE, lastPage, parsePageParam } from "@/lib/partnerships/pagination";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pageHref = (page: number) => (page === 1 ? "/" : `/?page=${page}`);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parsePageParam((await searchParams).page);
  // The home page keeps the bare product name; later pages say which page they are.
  if (parsed.ok && parsed.page > 1) return { title: `Partnerships, page ${parsed.page}` };
  return { title: { absolute: "Shared Services Directory" } };
}

export default async function DirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parsePageParam((await searchParams).page);
  const page = parsed.ok ? parsed.page : 1;
  const list = await listPartnerships({ page, pageSize: DIRECTORY_PAGE_SIZE });
  const last = lastPage(list.total, list.pageSize);

  const problem = !parsed.ok
    ? parsed.message
    : list.total > 0 && page > last
      ? `There is no page ${formatCount(page)}: the list has ${pluralise(last, "page")}`
      : null;

  const first = (page - 1) * list.pageSize + 1;
  const shownTo = first + list.items.length - 1;

  return (
    <>
      {problem && (
        <ErrorSummary errors={[{ text: problem }]}>
          <p className="govuk-body">
            <Link className="govuk-link" href={parsed.ok && page > last ? pageHref(last) : "/"}>
              {parsed.ok && page > last ? "Go to the last page" : "Go to the first page"}
            </Link>
          </p>
        </ErrorSummary>
      )}
      <h1 className="govuk-heading-xl">Find shared-service partnerships</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Find UK councils that share services — who works with whom, how the arrangement is run, and what savings
            have been reported, with the public sources for every entry.
          </p>
        </div>
      </div>

      {list.total === 0 ? (
        <p className="govuk-body">No partnerships have been recorded yet.</p>
      ) : (
        !problem && (
          <>
            <p className="govuk-body">
              {pluralise(list.total, "partnership")}
              {last > 1 && (
                <>
                  {" "}
                  — showing {formatCount(first)} to {formatCount(shownTo)}, page {formatCount(page)} of{" "}
                  {formatCount(last)}
                </>
              )}
            </p>
            <ul className="app-partnership-list">
              {list.items.map((partnership) => (
                <li key={partnership.slug}>
                  <PartnershipSummaryCard partnership={partnership} />
                </li>
              ))}
            </ul>
            <Pagination current={page} last={last} hrefFor={pageHref} landmarkLabel="Results pages" />
          </>
        )
      )}
    </>
  );
}
