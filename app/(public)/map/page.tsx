import type { Metadata } from "next";
import { pageProblem } from "@/components/directory/problem-messages";
import { PartnershipMapLoader } from "@/components/map/map-loader";
import { EmbedSnippet } from "@/components/embed/embed-snippet";
import { ErrorSummary } from "@/components/ui/error-summary";
import { siteOrigin } from "@/lib/http/origin.server";
import { parseParams, resolveFilter, type RawParams } from "@/lib/filters/index.server";
import { directoryUrl, isEmptyFilter, toSearchParams } from "@/lib/filters/urls";
import { tileSettings } from "@/lib/map/tile-settings.server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Map of partnerships" };

/**
 * /map — every partnership of the directory's filter on one map. The query string is the filter (the same
 * parameters as the list); the map's own view lives in the URL hash. Bad parameters are reported and the rest
 * of the filter still applies.
 */
export default async function MapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { filter, problems } = parseParams((await searchParams) as RawParams);
  const { resolved, problems: unresolved } = await resolveFilter(filter);
  const shown = [...problems, ...unresolved].map(pageProblem);
  const params = toSearchParams(resolved.filter);
  const query = params.toString();
  const listHref = directoryUrl(params);

  return (
    <div className="app-map-page">
      {shown.length > 0 && (
        <ErrorSummary errors={shown.map(({ text }) => ({ text }))}>
          <p className="govuk-body">The map shows the rest of the filter.</p>
        </ErrorSummary>
      )}
      <h1 className="govuk-heading-l">Map of partnerships</h1>
      <p className="govuk-body">
        {isEmptyFilter(resolved.filter)
          ? "Every partnership in the directory"
          : "The partnerships that match your filter"}
        , each drawn at the centre of its member councils. The list is the main way to browse them:{" "}
        <a className="govuk-link" href={listHref}>
          view these partnerships as a list
        </a>
        .
      </p>
      <noscript>
        <p className="govuk-body">The map needs JavaScript. The list shows the same partnerships.</p>
      </noscript>
      <PartnershipMapLoader query={query} variant="full" tiles={tileSettings()} listHref={listHref} />
      <EmbedSnippet
        summary="Show this map on your own website"
        src={`${await siteOrigin()}/embed/map${query ? `?${query}` : ""}`}
        title="Map of shared-service partnerships"
        height={600}
      />
    </div>
  );
}
