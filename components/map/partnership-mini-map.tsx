import { mapHref } from "@/lib/filters/urls";
import { formatNameList } from "@/lib/format";
import { formatMapHash } from "@/lib/map/view-state";
import { partnershipMiniMapCouncils } from "@/lib/map/mini-map.server";
import { MiniMapLoader } from "./map-loader";

/**
 * The partnership page's small map: its member councils' areas highlighted. Renders nothing when no member
 * is a council. Server component: it reads its own data.
 */
export async function PartnershipMiniMap({ slug, name }: { slug: string; name: string }) {
  const councils = await partnershipMiniMapCouncils(slug);
  if (councils.length === 0) return null;
  return (
    <figure className="app-mini-map-figure">
      <MiniMapLoader
        councils={councils}
        description={`Map of ${name}'s member councils: ${formatNameList(
          councils.map((c) => c.name),
          12,
        )}`}
      />
      <figcaption className="govuk-body-s app-mini-map-figure__caption">
        Member councils highlighted.{" "}
        <a
          className="govuk-link"
          href={mapHref({}, formatMapHash({ view: null, selected: slug, mode: "partnerships" }))}
        >
          Open on the full map
        </a>
        . Contains OS data © Crown copyright and database right; Source: ONS, OGL v3.0.
      </figcaption>
    </figure>
  );
}
