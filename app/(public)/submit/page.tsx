import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PartnershipForm } from "@/components/submit/partnership-form";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { BackLink } from "@/components/ui/back-link";
import { blankSavingsRows, formValuesOf } from "@/lib/moderation/form-values";
import { pgPool } from "@/lib/db/pool.server";
import { currentSnapshot } from "@/lib/moderation/submissions.server";
import { councilOptions } from "@/lib/councils/index.server";
import { formVocabulary } from "@/lib/moderation/vocabulary.server";
import { EMPTY_FORM } from "@/lib/validations/partnership";
import { submitPartnershipAction } from "./actions";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const titleOf = (slug: unknown) => (typeof slug === "string" ? "Suggest a change" : "Add a partnership");

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  // The form posted without scripts comes back to this page only with problems (when all is well it moves on to the
  // confirmation); with scripts, the form sets the title itself.
  const posted = (await headers()).get("content-type")?.startsWith("multipart/form-data") ?? false;
  return { title: `${posted ? "Error: " : ""}${titleOf((await searchParams).slug)}` };
}

export default async function SubmitPage({ searchParams }: { searchParams: SearchParams }) {
  const slug = (await searchParams).slug;
  const pool = pgPool();
  const current = typeof slug === "string" && slug !== "" ? await currentSnapshot(pool, slug) : null;
  if (typeof slug === "string" && slug !== "" && current === null) notFound();
  const [vocabulary, councils] = await Promise.all([formVocabulary(pool), councilOptions()]);
  const initial = current ? formValuesOf(current, current.slug) : { ...EMPTY_FORM, savings: blankSavingsRows() };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={current ? `/partnerships/${current.slug}` : "/"}>
          {current ? `Back to ${current.name}` : "Back to the directory"}
        </BackLink>
        <h1 className="govuk-heading-l">{current ? `Suggest a change to ${current.name}` : "Add a partnership"}</h1>
        <p className="govuk-body">
          {current
            ? "Correct anything that is wrong or out of date. A moderator checks every change before it is published, and the entry’s history keeps what it said before."
            : "Tell us about a partnership you run or know well. A moderator checks every submission before it is published."}
        </p>
        <PartnershipForm
          action={submitPartnershipAction}
          initial={initial}
          serviceAreas={vocabulary.serviceAreas}
          modelTypes={vocabulary.modelTypes}
          councilOptions={councils}
          mode="public"
          submitLabel="Send for checking"
          pageTitle={`${titleOf(slug)} – ${SERVICE_NAME}`}
        />
      </div>
    </div>
  );
}
