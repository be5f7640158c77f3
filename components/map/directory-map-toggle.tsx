"use client";

// The directory's map panel opens on request: until then neither Leaflet, the boundaries nor the map's data are
// loaded (the map's code is a separate chunk, imported when the panel is first shown).

import { useState } from "react";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import type { TileSettings } from "@/lib/map/types";
import { PartnershipMapLoader } from "./map-loader";

export function DirectoryMapToggle({
  query,
  tiles,
  listHref,
  fullMapHref,
}: {
  query: string;
  tiles: TileSettings | null;
  listHref: string;
  fullMapHref: string;
}) {
  const enhanced = useScriptsRunning();
  const [open, setOpen] = useState(false);
  if (!enhanced) return null;
  return (
    <>
      <div className="app-directory-map__actions">
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-directory-map__toggle"
          aria-expanded={open}
          aria-controls="directory-map-body"
          onClick={() => setOpen(!open)}
          data-module="map-toggle"
        >
          {open ? "Hide the map" : "Show these results on a map"}
        </button>
        <p className="govuk-body app-directory-map__full">
          <a className="govuk-link" href={fullMapHref}>
            Open the full-screen map
          </a>
        </p>
      </div>
      <div id="directory-map-body" hidden={!open}>
        {open && (
          <>
            <a className="govuk-skip-link app-directory-map__skip" href="#results-heading">
              Skip the map
            </a>
            <PartnershipMapLoader query={query} variant="panel" tiles={tiles} listHref={listHref} />
          </>
        )}
      </div>
    </>
  );
}
