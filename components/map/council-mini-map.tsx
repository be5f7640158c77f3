import { mapHref } from "@/lib/filters/urls";
import { formatNameList, pluralise } from "@/lib/format";
import { councilMiniMapCouncils } from "@/lib/map/mini-map.server";
import { MiniMapLoader } from "./map-loader";

/** The council page's small map: the council, and the councils it shares a partnership with. Server component. */
export async function CouncilMiniMap({ councilId }: { councilId: number }) {
  const councils = await councilMiniMapCouncils(councilId);
  const focus = councils.find((c) => c.role === "focus");
  if (!focus) return null;
  const partners = councils.filter((c) => c.role === "partner");
  const description = partners.length
    ? `Map of ${focus.name} and the ${pluralise(partners.length, "council")} it shares services with: ${formatNameList(
        partners.map((c) => c.name),
        12,
      )}`
    : `Map of ${focus.name}`;
  return (
    <figure className="app-mini-map-figure">
      <MiniMapLoader councils={councils} description={description} />
      <figcaption className="govuk-body-s app-mini-map-figure__caption">
        {focus.name} in dark blue
        {partners.length ? `; the ${pluralise(partners.length, "council")} it partners with in orange` : ""}.{" "}
        <a className="govuk-link" href={mapHref({ council: [focus.gss] })}>
          Open its partnerships on the full map
        </a>
        . Contains OS data © Crown copyright and database right; Source: ONS, OGL v3.0.
      </figcaption>
    </figure>
  );
}
