import type { Metadata } from "next";
import { describeFilter } from "@/components/directory/filter-title";
import { PartnershipMapLoader } from "@/components/map/map-loader";
import { directoryHref, isEmptyFilter, toSearchParams } from "@/lib/filters/urls";
import { tileSettings } from "@/lib/map/tile-settings.server";
import { filteredPage, type PageSearchParams } from "../../(public)/filtered-page.server";

export const dynamic = "force-dynamic";

type SearchParams = Promise<PageSearchParams>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filter, labels } = await filteredPage(await searchParams);
  return { title: `Map: ${isEmptyFilter(filter) ? "All partnerships" : describeFilter(filter, labels)}` };
}

/**
 * /embed/map?<filter> — the map of any filter for another site's iframe: no header or footer (the layout leaves
 * them out for /embed), a heading saying what it shows, and a link to the same partnerships in the directory.
 * Invalid parameters are left out, as on /map; the heading says what is shown.
 */
export default async function EmbeddedMapPage({ searchParams }: { searchParams: SearchParams }) {
  const { filter, labels, problems } = await filteredPage(await searchParams);
  const what = isEmptyFilter(filter) ? "All shared-service partnerships" : describeFilter(filter, labels);
  const listHref = directoryHref(filter);
  return (
    <div className="app-embed__map">
      <div className="app-embed__bar">
        <h1 className="govuk-heading-s app-embed__title">{what}</h1>
        <a className="govuk-link app-embed__back" href={listHref} target="_blank" rel="noopener">
          Open in the Shared Services Directory<span className="govuk-visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      {problems.length > 0 && (
        <p className="govuk-body-s app-embed__note">
          Some of this map’s settings could not be used: {problems.map((p) => p.pageMessage).join("; ")}.
        </p>
      )}
      <noscript>
        <p className="govuk-body">
          The map needs JavaScript.{" "}
          <a className="govuk-link" href={listHref} target="_blank" rel="noopener">
            See these partnerships as a list
          </a>
          .
        </p>
      </noscript>
      <PartnershipMapLoader
        query={toSearchParams(filter).toString()}
        variant="panel"
        tiles={tileSettings()}
        listHref={listHref}
      />
    </div>
  );
}
