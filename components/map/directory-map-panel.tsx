import type { PartnershipFilter } from "@/lib/filters/schema";
import { directoryHref, mapHref, toSearchParams } from "@/lib/filters/urls";
import { tileSettings } from "@/lib/map/tile-settings.server";
import { PartnershipMapLoader } from "./map-loader";

/** The directory's map of its current results (all of them, not one page), for the page beside its list. */
export function DirectoryMapPanel({ filter }: { filter: PartnershipFilter }) {
  const query = toSearchParams(filter).toString();
  return (
    <section className="app-directory-map" aria-labelledby="directory-map-title">
      <h2 className="govuk-heading-m" id="directory-map-title">
        Map of these partnerships
      </h2>
      <p className="govuk-body">
        The list is the main view; the map shows the same results.{" "}
        <a className="govuk-link" href={mapHref(filter)}>
          Open the full-screen map
        </a>
        .
      </p>
      <PartnershipMapLoader query={query} variant="panel" tiles={tileSettings()} listHref={directoryHref(filter)} />
    </section>
  );
}
