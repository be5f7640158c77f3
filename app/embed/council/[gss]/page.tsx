import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCouncil, partnershipsOfCouncil } from "@/lib/councils/index.server";
import { formatYearRange } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/vocabulary";

export const dynamic = "force-dynamic";

type Params = Promise<{ gss: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await getCouncil((await params).gss.toUpperCase());
  return { title: found ? `Partnerships of ${found.council.name}` : "Page not found" };
}

/** /embed/council/{gss} — a council's partnerships as a small list for its own website's iframe. */
export default async function EmbeddedCouncilPage({ params }: { params: Params }) {
  const found = await getCouncil((await params).gss.toUpperCase());
  if (!found || !found.council.gss) notFound();
  const { council } = found;
  const partnerships = await partnershipsOfCouncil(council.id);
  return (
    <div className="app-embed__widget">
      <h1 className="govuk-heading-s govuk-!-margin-bottom-2">Shared-service partnerships of {council.name}</h1>
      {partnerships.length === 0 ? (
        <p className="govuk-body-s">None recorded yet.</p>
      ) : (
        <ul className="govuk-list app-embed__list">
          {partnerships.map((partnership) => (
            <li key={partnership.slug}>
              <a className="govuk-link" href={`/partnerships/${partnership.slug}`} target="_blank" rel="noopener">
                {partnership.name}
              </a>
              <span className="govuk-body-s app-embed__meta">
                {" "}
                — {partnership.serviceAreas.map((area) => area.label).join(", ") || "services not recorded"};{" "}
                {partnership.modelType.label.toLowerCase()}; {STATUS_LABELS[partnership.status].toLowerCase()},{" "}
                {formatYearRange(partnership.startYear, partnership.endYear, { status: partnership.status })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <a className="govuk-link" href={`/councils/${council.gss}`} target="_blank" rel="noopener">
          More about {council.name} in the Shared Services Directory
          <span className="govuk-visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </div>
  );
}
