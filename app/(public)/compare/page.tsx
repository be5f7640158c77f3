import type { Metadata } from "next";
import Link from "next/link";
import { ComparisonTable } from "@/components/partnership/comparison-table";
import { BackLink } from "@/components/ui/back-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { comparison } from "@/lib/partnerships/compare.server";
import { urlParamsOf, type PageSearchParams } from "../filtered-page.server";

export const dynamic = "force-dynamic";

type SearchParams = Promise<PageSearchParams>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const compared = await comparison(urlParamsOf(await searchParams));
  if (!compared.ok) return { title: "Error: Compare partnerships" };
  return { title: `Compare ${compared.partnerships.map((p) => p.name).join(", ")}` };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const params = urlParamsOf(await searchParams);
  const compared = await comparison(params);
  if (!compared.ok) {
    return (
      <>
        <BackLink href="/">Back to the directory</BackLink>
        <ErrorSummary errors={[{ text: compared.message }]} />
        <h1 className="govuk-heading-l">Compare partnerships</h1>
        <p className="govuk-body">
          A comparison shows two to four partnerships side by side. Tick “Compare” on the partnerships you want in the{" "}
          <Link className="govuk-link" href="/">
            directory
          </Link>
          , then choose “Compare the ticked partnerships”; or, on a partnership’s page, choose partnerships to compare
          it with.
        </p>
      </>
    );
  }
  const { partnerships } = compared;
  const csvParams = new URLSearchParams(partnerships.map((p) => ["slug", p.slug]));
  return (
    <>
      <BackLink href="/">Back to the directory</BackLink>
      <span className="govuk-caption-l">Compare partnerships</span>
      <h1 className="govuk-heading-l">{partnerships.map((p) => p.name).join(" · ")}</h1>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={`/compare.csv?${csvParams}`} download>
          Download this comparison as CSV
        </a>
        . The address of this page is the comparison: share or bookmark it. It prints on its own.
      </p>
      <ComparisonTable partnerships={partnerships} />
    </>
  );
}
