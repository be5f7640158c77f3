"use client";

// The map of a filter's partnerships (client only: Leaflet needs the browser). Each partnership is a marker at
// the centre of its member councils, clustered where dense; selecting one lights up its councils' areas and
// draws a line to each. Everything the map does can be done from the keyboard, and the list beside it (and
// the directory's own list) says the same in words.
//
// The map is made once (use-leaflet-map), its summary loaded once per filter (use-map-payload), its markers and
// the partnerships in view asked of the server for each view (use-markers); the selection and the colouring follow
// the state below (use-map-layers), and the full map keeps its
// state in the URL hash (use-hash-state).

import "leaflet/dist/leaflet.css";
import "../map.scss";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Radios } from "@/components/ui/form";
import { formatCount, pluralise } from "@/lib/format";
import type { MapPayload } from "@/lib/map/payload";
import type { TileSettings, ViewPartnership } from "@/lib/map/types";
import { parseMapHash, type MapMode } from "@/lib/map/view-state";
import type { PlaceLabel } from "@/lib/map/place-labels";
import { OGL_URL } from "../base-map";
import { GoToCouncil } from "./go-to-council";
import { InViewList, Legend, SelectionPanel } from "./side-panels";
import { useLeafletMap } from "./use-leaflet-map";
import { useBaseLayers, useChoropleth, useFitToResults, useSelectionOverlay, type Tier } from "./use-map-layers";
import { useMapPayload, useSelection } from "./use-map-payload";
import { useMarkers } from "./use-markers";
import { useHashState } from "./use-hash-state";
import { usePlaceLabels } from "./use-place-labels";

export interface PartnershipMapProps {
  /** The filter's query string (valid parameters only), as the list uses it. */
  query: string;
  /** "full" is the /map page (view kept in the URL hash); "panel" is the directory's embedded map. */
  variant: "full" | "panel";
  tiles: TileSettings | null;
  /** The same partnerships as a list. */
  listHref: string;
}

const MODES = [
  ["partnerships", "Partnerships"],
  ["count", "Councils by number of partnerships"],
  ["savings", "Councils by reported savings"],
] as const;

export function PartnershipMap({ query, variant, tiles, listHref }: PartnershipMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusPanelRef = useRef(false);

  const initialHash = useMemo(
    () => (variant === "full" && typeof window !== "undefined" ? parseMapHash(window.location.hash) : null),
    [variant],
  );
  const [mode, setMode] = useState<MapMode>(initialHash?.mode ?? "partnerships");
  const [tier, setTier] = useState<Tier>("lower");
  const [selected, setSelected] = useState<string | null>(initialHash?.selected ?? null);
  const [announcement, setAnnouncement] = useState("");

  const leaflet = useLeafletMap(containerRef, { view: initialHash?.view ?? null, tiles, variant });
  const onLoaded = useCallback((loaded: MapPayload) => {
    setAnnouncement(
      `Showing ${pluralise(loaded.total, "partnership")}${loaded.unlocated ? `, ${formatCount(loaded.unlocated)} without a location` : ""}.`,
    );
  }, []);
  const { payload, boundaries, failure } = useMapPayload(query, onLoaded);
  const clearSelection = useCallback(() => setSelected(null), []);
  const selection = useSelection(selected, clearSelection);
  const stateRef = useRef({ selected, selection });
  useEffect(() => {
    stateRef.current = { selected, selection };
  });

  useBaseLayers(leaflet, boundaries, tiles !== null);
  const labels = usePlaceLabels(leaflet, boundaries);
  const councilPlaces = useMemo(
    () =>
      labels ? [...new Map([...labels.upper, ...labels.lower].map((place) => [place.code, place])).values()] : null,
    [labels],
  );
  const goTo = (place: PlaceLabel) => {
    const [west, south, east, north] = place.bounds;
    leaflet.map.current?.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { paddingTopLeft: [36, 36], paddingBottomRight: [36, 56], maxZoom: 11 },
    );
    setAnnouncement(`The map shows ${place.name}.`);
  };
  useFitToResults(leaflet, payload, initialHash?.view ?? null);

  const select = useCallback((partnership: ViewPartnership, from: HTMLElement | null) => {
    returnFocusRef.current = from;
    focusPanelRef.current = true;
    setSelected(partnership.slug);
    setAnnouncement(
      `Selected ${partnership.name}: ${pluralise(partnership.councils, "member council")} highlighted on the map.`,
    );
  }, []);

  const closeSelection = useCallback(() => {
    const { selected: slug, selection: current } = stateRef.current;
    setSelected(null);
    if (slug === null) return;
    if (current) setAnnouncement(`Closed ${current.name}.`);
    const back = returnFocusRef.current;
    // Back where the selection was made: the same list entry or marker (re-rendered meanwhile), else the map.
    requestAnimationFrame(() => {
      const fromList = back?.classList.contains("app-map-list__button");
      const selector = `${fromList ? ".app-map-list__button" : ".app-map-marker"}[data-slug="${CSS.escape(slug)}"]`;
      const again = wrapperRef.current?.querySelector<HTMLElement>(selector);
      const target = back?.isConnected ? back : (again ?? containerRef.current);
      target?.focus();
    });
  }, []);

  const inView = useMarkers(leaflet, query, payload, {
    mode,
    select,
    announce: setAnnouncement,
    wrapper: wrapperRef,
  });
  useSelectionOverlay({ leaflet, payload, boundaries, selection, focusPanelRef, panelHeadingRef });
  const choropleth = useChoropleth({ leaflet, payload, boundaries, mode, tier, query });
  useHashState({ leaflet, variant, payload, selected, mode });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && selected !== null) {
      event.preventDefault();
      closeSelection();
    }
  };

  const unlocated = payload?.unlocated ?? 0;

  return (
    <div
      ref={wrapperRef}
      className={`app-map app-map--${variant}`}
      onKeyDown={onKeyDown}
      data-total={payload?.total}
      data-unlocated={payload ? unlocated : undefined}
      aria-busy={!payload || !boundaries || inView.payload !== payload}
    >
      <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="map-announcement">
        {announcement}
      </p>
      {failure && (
        <div className="govuk-inset-text" role="alert">
          {failure} The{" "}
          <a className="govuk-link" href={listHref}>
            list of partnerships
          </a>{" "}
          shows the same results.
        </div>
      )}
      <Radios
        id={`map-mode-${variant}`}
        legend="Show on the map"
        className="app-map__mode"
        inline
        withScripts
        choices={MODES.map(([value, label]) => ({
          value,
          label,
          id: `map-mode-${variant}-${value}`,
          checked: mode === value,
          onChange: () => {
            setMode(value);
            setSelected(null);
          },
        }))}
      />
      <GoToCouncil places={councilPlaces} onGo={goTo} />
      <div className="app-map__body">
        <div
          ref={containerRef}
          className="app-map__canvas"
          role="region"
          aria-label="Map of the partnerships. Arrow keys pan, plus and minus zoom; Tab moves between markers."
          data-testid="map-canvas"
        />
        <div className="app-map__side">
          {selection && payload ? (
            <SelectionPanel
              payload={payload}
              selection={selection}
              variant={variant}
              heading={panelHeadingRef}
              onClose={closeSelection}
            />
          ) : mode === "partnerships" ? (
            <InViewList payload={payload} inView={inView} onSelect={select} listHref={listHref} />
          ) : (
            payload &&
            choropleth && (
              <Legend
                payload={payload}
                mode={mode}
                classes={choropleth.classes}
                tier={tier}
                onTier={setTier}
                variant={variant}
                query={query}
              />
            )
          )}
          {payload && unlocated > 0 && (
            <p className="govuk-body-s" data-testid="map-unlocated">
              {pluralise(unlocated, "partnership")} {unlocated === 1 ? "has" : "have"} no member council with a
              location, so {unlocated === 1 ? "it is" : "they are"} in the{" "}
              <a className="govuk-link" href={listHref}>
                list
              </a>{" "}
              but not on the map.
            </p>
          )}
        </div>
      </div>
      <p className="govuk-body-s app-map__attribution" data-testid="map-attribution">
        Contains OS data © Crown copyright and database right; Source: ONS,{" "}
        <a className="govuk-link" href={OGL_URL}>
          OGL v3.0
        </a>
      </p>
    </div>
  );
}
