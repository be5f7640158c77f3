import type { Metadata } from "next";
import Link from "next/link";
import { CouncilMiniMap } from "@/components/map/council-mini-map";
import { notFound, permanentRedirect } from "next/navigation";
import { CouncilLink, CouncilLinkList } from "@/components/council/council-link";
import {
  LikeCouncilsTable,
  NearestCouncilsTable,
  UnsharedServices,
  likeRuleText,
} from "@/components/council/council-neighbours";
import { CouncilPartnershipsTable } from "@/components/council/council-partnerships-table";
import { CouncilPartnershipsLink } from "@/components/council/directory-links";
import { CouncilEmbedSnippets } from "@/components/embed/council-embed-snippets";
import { BackLink } from "@/components/ui/back-link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { sharingProfile } from "@/lib/insights/sharing-profile.server";
import { siteOrigin } from "@/lib/http/origin.server";
import { ExternalLink } from "@/components/ui/external-link";
import { InsetText } from "@/components/ui/inset-text";
import { SummaryList, type SummaryListRow } from "@/components/ui/summary-list";
import { councilNeighbourhood, getCouncil, partnershipsOfCouncil } from "@/lib/councils/index.server";
import { COUNCIL_TIER_LABELS, COUNCIL_TYPE_LABELS, NATION_LABELS, REGION_LABELS, isGssCode } from "@/lib/vocabulary";
import type { CouncilDetail, CouncilRef } from "@/lib/councils/types";
import { formatCount, formatMonthYear, hostOf, pluralise } from "@/lib/format";

export const dynamic = "force-dynamic";

type Params = Promise<{ gss: string }>;

async function lookUp(params: Params) {
  const raw = (await params).gss;
  const code = raw.toUpperCase();
  // A malformed code is a page that does not exist, never a server error.
  if (!isGssCode(code)) notFound();
  if (code !== raw) permanentRedirect(`/councils/${code}`);
  const found = await getCouncil(code);
  if (!found) notFound();
  if (found.viaFormerCode && found.council.gss) permanentRedirect(`/councils/${found.council.gss}`);
  return found.council;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = (await params).gss.toUpperCase();
  const found = isGssCode(raw) ? await getCouncil(raw) : null;
  if (!found) return { title: "Page not found" };
  return { title: found.council.name };
}

/** "County council, abolished April 2023": the type tells apart a county and the unitary that took its name. */
function describeFormer(council: CouncilRef): string {
  const type = council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Council";
  return council.abolishedOn ? `${type}, abolished ${formatMonthYear(council.abolishedOn)}` : type;
}

function detailRows(council: CouncilDetail): SummaryListRow[] {
  const rows: SummaryListRow[] = [];
  if (council.officialName && council.officialName !== council.name) {
    rows.push({ key: "Official name", value: council.officialName });
  }
  rows.push({
    key: "GSS code",
    value: (
      <>
        <code>{council.gss}</code>
        {council.formerGssCodes.length > 0 && (
          <span className="govuk-body-s"> (formerly {council.formerGssCodes.map((code) => code).join(", ")})</span>
        )}
      </>
    ),
  });
  rows.push({ key: "Type", value: council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded" });
  if (council.tier) rows.push({ key: "Tier", value: COUNCIL_TIER_LABELS[council.tier] });
  if (council.county) rows.push({ key: "County", value: <CouncilLink council={council.county} /> });
  if (council.region) rows.push({ key: "Region", value: REGION_LABELS[council.region] });
  rows.push({ key: "Nation", value: council.nation ? NATION_LABELS[council.nation] : "Not recorded" });
  rows.push({
    key: "Population",
    value: council.population !== null ? formatCount(council.population) : "Not recorded",
  });
  rows.push({
    key: "Website",
    value: council.homepageUrl ? (
      <ExternalLink href={council.homepageUrl}>
        {hostOf(council.homepageUrl)}
        <span className="govuk-visually-hidden"> ({council.name} website)</span>
      </ExternalLink>
    ) : (
      "Not recorded"
    ),
  });
  return rows;
}

export default async function CouncilPage({ params }: { params: Params }) {
  const council = await lookUp(params);
  const [partnerships, neighbourhood] = await Promise.all([
    partnershipsOfCouncil(council.id),
    councilNeighbourhood(council),
  ]);
  // A current county lists its current districts; an abolished one, those it had.
  const districts = council.abolished
    ? council.districts
    : council.districts.filter((district) => district.abolishedOn === null);
  const typeLabel = council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Council";
  const inherited = partnerships.filter((partnership) => partnership.viaPredecessors.length > 0).length;
  const own = partnerships.length - inherited;

  return (
    <>
      <BackLink href="/councils">All councils</BackLink>
      <span className="govuk-caption-l">
        {typeLabel}
        {council.abolished && " (abolished)"}
      </span>
      <h1 className="govuk-heading-l">{council.name}</h1>

      {council.abolished && (
        <InsetText>
          <p className="govuk-body">
            {council.abolishedOn ? `Abolished in ${formatMonthYear(council.abolishedOn)}` : "Abolished"}
            {council.successors.length > 0 ? (
              <>
                ; its area is now covered by{" "}
                <CouncilLinkList
                  councils={council.successors}
                  noteFor={(successor) =>
                    successor.abolishedOn && ` (itself abolished in ${formatMonthYear(successor.abolishedOn)})`
                  }
                />
                .
              </>
            ) : (
              "."
            )}
          </p>
        </InsetText>
      )}

      <SummaryList rows={detailRows(council)} />

      {council.predecessors.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Councils it replaced</h2>
          <ul className="govuk-list govuk-list--bullet">
            {council.predecessors.map((predecessor) => (
              <li key={predecessor.id}>
                <CouncilLink council={predecessor} /> ({describeFormer(predecessor)})
              </li>
            ))}
          </ul>
        </>
      )}

      {districts.length > 0 && (
        <>
          <h2 className="govuk-heading-m">District councils in the county</h2>
          <p className="govuk-body">
            <CouncilLinkList councils={districts} />
          </p>
        </>
      )}

      <h2 className="govuk-heading-m">Partnerships</h2>
      {partnerships.length > 0 && council.gss && <CouncilMiniMap councilId={council.id} />}
      {partnerships.length === 0 ? (
        <p className="govuk-body">
          No partnerships are recorded for this council.{" "}
          <Link className="govuk-link" href="/submit">
            Tell us about a partnership
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="govuk-body">
            {own > 0 &&
              `${council.name} ${council.abolished ? "was" : "is"} part of ${pluralise(own, "partnership")}${council.abolished ? " recorded here" : ""}${inherited > 0 ? "; " : "."}`}
            {inherited > 0 &&
              `${own > 0 ? pluralise(inherited, "more partnership") : pluralise(inherited, "partnership")} of the councils it replaced ${inherited === 1 ? "counts" : "count"} for it, each marked with the council it counts through.`}
          </p>
          <CouncilPartnershipsTable partnerships={partnerships} councilName={council.name} />
          {council.gss && (
            <p className="govuk-body">
              <CouncilPartnershipsLink council={{ gss: council.gss, name: council.name }}>
                Find {council.name}’s partnerships in the directory
              </CouncilPartnershipsLink>
            </p>
          )}
          {council.gss && <CouncilEmbedSnippets gss={council.gss} name={council.name} origin={await siteOrigin()} />}
        </>
      )}

      {council.abolished ? (
        <>
          <h2 className="govuk-heading-m">Neighbours and councils like it</h2>
          <p className="govuk-body">
            Nearest councils and councils like this one are shown for current councils only
            {council.successors.length === 1 && ": see the council that now covers its area, named above."}
            {council.successors.length > 1 && ": see the councils that now cover its area, named above."}
            {council.successors.length === 0 && "."}
          </p>
        </>
      ) : (
        <Neighbourhood council={council} neighbourhood={neighbourhood} />
      )}
    </>
  );
}

function Neighbourhood({
  council,
  neighbourhood,
}: {
  council: CouncilDetail;
  neighbourhood: Awaited<ReturnType<typeof councilNeighbourhood>>;
}) {
  const { nearest, like, unshared } = neighbourhood;
  return (
    <>
      <h2 className="govuk-heading-m" id="nearest">
        Nearest councils
      </h2>
      {nearest.length === 0 ? (
        <p className="govuk-body">No location is recorded for this council, so its neighbours cannot be found.</p>
      ) : (
        <>
          <p className="govuk-body">
            Current councils nearest {council.name}, measured in a straight line between the councils’ central points.
          </p>
          <NearestCouncilsTable councils={nearest} councilName={council.name} />
        </>
      )}

      <h2 className="govuk-heading-m" id="like">
        Councils like this one
      </h2>
      {like.length === 0 ? (
        <p className="govuk-body">No other current council of the same type and a similar population is recorded.</p>
      ) : (
        <>
          <p className="govuk-body">{likeRuleText(council.councilType, council.population !== null)}</p>
          <LikeCouncilsTable councils={like} councilName={council.name} />
        </>
      )}

      {council.gss && <SharingProfile council={{ id: council.id, gss: council.gss, name: council.name }} like={like} />}

      <h2 className="govuk-heading-m" id="not-yet-shared">
        What councils near it share that {council.name} does not
      </h2>
      {unshared.length === 0 ? (
        <p className="govuk-body">
          The councils above are not in any current partnership for a service area {council.name} does not already
          share.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Current partnerships of the nearest councils and the councils like this one, in service areas where{" "}
            {council.name} is not recorded in any current partnership.
          </p>
          <UnsharedServices groups={unshared} />
        </>
      )}
    </>
  );
}

/** What the council shares, and what the councils like it share that it does not: a chart with its table. */
async function SharingProfile({
  council,
  like,
}: {
  council: { id: number; gss: string; name: string };
  like: { id: number; gss: string; name: string }[];
}) {
  if (like.length === 0) return null;
  const { table, notShared } = await sharingProfile(council, like);
  if (table.rows.length === 0) return null;
  return (
    <ChartFigure table={table} csvHref={`/councils/${council.gss}/sharing.csv`}>
      <p className="govuk-body">
        {notShared.length === 0
          ? `${council.name} shares every service area its peers share.`
          : `Shared by councils like it, but not by ${council.name}: ${notShared.join(", ")}.`}{" "}
        Each row links to the partnerships behind it.
      </p>
    </ChartFigure>
  );
}
