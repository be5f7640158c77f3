import type { PartnershipFilter } from "@/lib/filters/schema";
import { directoryHref, mapHref, toSearchParams } from "@/lib/filters/urls";
import { tileSettings } from "@/lib/map/tile-settings.server";
import { DirectoryMapToggle } from "./directory-map-toggle";

/**
 * The directory's map of its current results (all of them, not one page), near the top of the page and closed
 * until asked for: the list is the main view, and the map's code loads only when the map is shown.
 */
export function DirectoryMapPanel({ filter }: { filter: PartnershipFilter }) {
  const query = toSearchParams(filter).toString();
  return (
    <section className="app-directory-map" aria-labelledby="directory-map-title">
      <h2 className="govuk-visually-hidden" id="directory-map-title">
        Map of these partnerships
      </h2>
      <DirectoryMapToggle
        query={query}
        tiles={tileSettings()}
        listHref={directoryHref(filter)}
        fullMapHref={mapHref(filter)}
      />
      <noscript>
        <p className="govuk-body">
          The map needs JavaScript. The list below holds every result of this search, page by page; to see them on a map
          of your own, download them as{" "}
          <a className="govuk-link" href={`/api/partnerships.geojson${query ? `?${query}` : ""}`}>
            GeoJSON
          </a>{" "}
          (each partnership at the centre of its member councils) or as{" "}
          <a className="govuk-link" href={`/api/partnerships.csv${query ? `?${query}` : ""}`}>
            CSV
          </a>
          .
        </p>
      </noscript>
    </section>
  );
}
