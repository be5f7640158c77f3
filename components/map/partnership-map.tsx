"use client";

// The map of a filter's partnerships (client only: Leaflet needs the browser). Each partnership is a marker at
// the centre of its member councils, clustered where dense; selecting one lights up its councils' areas and
// draws a line to each. Everything the map does can be done from the keyboard, and the list beside it (and
// the directory's own list) says the same in words.

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "@/app/styles/_map.scss";
import Supercluster from "supercluster";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { directoryHref } from "@/lib/filters/urls";
import { formatCount, formatGbp, formatGbpCompact, pluralise } from "@/lib/format";
import { colourClasses, colourFor, NO_VALUE_COLOUR, type ColourClass } from "@/lib/map/colour-scale";
import { areaOf } from "@/lib/map/council-areas";
import type { MapData } from "@/lib/map/types";
import { formatMapHash, MAX_ZOOM, MIN_ZOOM, parseMapHash, UK_VIEW, type MapMode } from "@/lib/map/view-state";
import { addBaseLayers, loadBoundaries, ONS_ATTRIBUTION, type Boundaries } from "./base-map";
import { addPanControl } from "./pan-control";
import type { TileSettings } from "@/lib/map/types";

export interface PartnershipMapProps {
  /** The filter's query string (valid parameters only), as the list uses it. */
  query: string;
  /** "full" is the /map page (view kept in the URL hash); "panel" is the directory's embedded map. */
  variant: "full" | "panel";
  tiles: TileSettings | null;
  /** The same partnerships as a list. */
  listHref: string;
}

type Tier = "lower" | "upper";
const IN_VIEW_LIMIT = 50;
const HIGHLIGHT = { color: "#d4351c", weight: 2, fillColor: "#f47738", fillOpacity: 0.45 };

interface PointProperties {
  index: number;
}

export function PartnershipMap({ query, variant, tiles, listHref }: PartnershipMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<L.LayerGroup | null>(null);
  const overlayRef = useRef<L.LayerGroup | null>(null);
  const svgRef = useRef<L.Renderer | null>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusPanelRef = useRef(false);
  const focusNearRef = useRef<L.LatLng | null>(null);

  const initialHash = useMemo(
    () => (variant === "full" && typeof window !== "undefined" ? parseMapHash(window.location.hash) : null),
    [variant],
  );
  const [data, setData] = useState<MapData | null>(null);
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [mode, setMode] = useState<MapMode>(initialHash?.mode ?? "partnerships");
  const [tier, setTier] = useState<Tier>("lower");
  const [selected, setSelected] = useState<number | null>(null);
  // The indexes point into one particular data set: kept with it, so a list never reads a newer one with old indexes.
  const [inView, setInView] = useState<InView>({ data: null, indexes: [], count: 0 });
  const [announcement, setAnnouncement] = useState("");
  const [viewVersion, setViewVersion] = useState(0);

  const router = useRouter();
  const stateRef = useRef({ mode, selected, data });
  useEffect(() => {
    stateRef.current = { mode, selected, data };
  });

  // The map itself, once.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const view = initialHash?.view ?? UK_VIEW;
    const map = L.map(container, {
      center: [view.latitude, view.longitude],
      zoom: view.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomSnap: 1,
      keyboard: true,
      scrollWheelZoom: variant === "full",
      attributionControl: false,
    });
    L.control.attribution({ prefix: false }).addAttribution(ONS_ATTRIBUTION).addTo(map);
    if (tiles) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: MAX_ZOOM }).addTo(map);
    addPanControl(map);
    svgRef.current = L.svg({ padding: 0.5 });
    overlayRef.current = L.layerGroup().addTo(map);
    markersRef.current = L.layerGroup().addTo(map);
    map.on("moveend", () => setViewVersion((v) => v + 1));
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, [initialHash, tiles, variant]);

  // Base map and data, in parallel.
  useEffect(() => {
    let current = true;
    loadBoundaries()
      .then((loaded) => current && setBoundaries(loaded))
      .catch((error: Error) => current && setFailure(error.message));
    fetch(`/api/map${query ? `?${query}` : ""}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`The partnerships could not be loaded (${response.status}).`);
        return (await response.json()) as MapData;
      })
      .then((loaded) => {
        if (!current) return;
        setData(loaded);
        const unlocated = loaded.partnerships.filter((row) => row[2] === null).length;
        setAnnouncement(
          `Showing ${pluralise(loaded.total, "partnership")}${unlocated ? `, ${formatCount(unlocated)} without a location` : ""}.`,
        );
        const chosen = initialHash?.selected
          ? loaded.partnerships.findIndex((row) => row[0] === initialHash.selected)
          : -1;
        if (chosen >= 0) setSelected(chosen);
      })
      .catch((error: Error) => current && setFailure(error.message));
    return () => {
      current = false;
    };
  }, [query, initialHash]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !boundaries) return;
    addBaseLayers(L, map, boundaries, { tiles: tiles !== null });
    markersRef.current?.remove();
    overlayRef.current?.remove();
    overlayRef.current?.addTo(map);
    markersRef.current?.addTo(map);
  }, [boundaries, tiles]);

  const located = useMemo(
    () => (data ? data.partnerships.flatMap((row, index) => (row[2] === null ? [] : [index])) : []),
    [data],
  );

  // Cluster index, built once per result set (see docs/decisions/004).
  const clusters = useMemo(() => {
    if (!data) return null;
    // Radius in screen pixels (extent = Leaflet's 256px tiles), wider than the largest marker, so markers never
    // overlap and each keeps a 24px target; partnerships on the very same spot stay a cluster at every zoom.
    const index = new Supercluster<PointProperties>({ radius: 60, extent: 256, maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM });
    index.load(
      located.map((i) => {
        const row = data.partnerships[i]!;
        return {
          type: "Feature",
          geometry: { type: "Point", coordinates: [row[3]!, row[2]!] },
          properties: { index: i },
        };
      }),
    );
    return index;
  }, [data, located]);

  // The first view shows every partnership, unless the URL names a view.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !data || initialHash?.view || located.length === 0) return;
    const bounds = L.latLngBounds(located.map((i) => [data.partnerships[i]![2]!, data.partnerships[i]![3]!]));
    map.fitBounds(bounds.pad(0.05), { maxZoom: 9, animate: false });
  }, [data, located, initialHash]);

  const select = useCallback((index: number, from: HTMLElement | null) => {
    returnFocusRef.current = from;
    focusPanelRef.current = true;
    setSelected(index);
    const row = stateRef.current.data?.partnerships[index];
    if (row)
      setAnnouncement(`Selected ${row[1]}: ${pluralise(row[6].length, "member council")} highlighted on the map.`);
  }, []);

  const closeSelection = useCallback(() => {
    const { selected: index, data: current } = stateRef.current;
    setSelected(null);
    if (index === null || !current) return;
    setAnnouncement(`Closed ${current.partnerships[index]![1]}.`);
    const back = returnFocusRef.current;
    const slug = current.partnerships[index]![0];
    // Back where the selection was made: the same list entry or marker (re-rendered meanwhile), else the map.
    requestAnimationFrame(() => {
      const fromList = back?.classList.contains("app-map-list__button");
      const selector = `${fromList ? ".app-map-list__button" : ".app-map-marker"}[data-slug="${CSS.escape(slug)}"]`;
      const again = wrapperRef.current?.querySelector<HTMLElement>(selector);
      const target = back?.isConnected ? back : (again ?? containerRef.current);
      target?.focus();
    });
  }, []);

  // Markers (partnerships mode) for the current view.
  useEffect(() => {
    const map = mapRef.current;
    const layer = markersRef.current;
    const index = clusters;
    if (!map || !layer) return;
    // A rebuild must not lose the keyboard: focus goes to the new marker nearest the one that had it (or the
    // cluster just opened).
    const active = document.activeElement as HTMLElement | null;
    const hadFocus =
      !!active && active.classList.contains("app-map-marker") && !!map.getPane("markerPane")?.contains(active);
    const focusAt =
      focusNearRef.current ?? (hadFocus ? L.latLng(Number(active.dataset.lat), Number(active.dataset.lng)) : null);
    layer.clearLayers();
    if (!data || !index) return;
    const bounds = map.getBounds();
    const inBounds = located.filter((i) => bounds.contains([data.partnerships[i]![2]!, data.partnerships[i]![3]!]));
    // The list follows the map (an external system): updated after this frame, not during the effect.
    const frame = requestAnimationFrame(() =>
      setInView({ data, indexes: inBounds.slice(0, IN_VIEW_LIMIT), count: inBounds.length }),
    );
    if (mode !== "partnerships") return () => cancelAnimationFrame(frame);

    const shown = index
      .getClusters(
        [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        Math.round(map.getZoom()),
      )
      // Reading order for the keyboard: north to south, then west to east.
      .sort(
        (a, b) =>
          b.geometry.coordinates[1]! - a.geometry.coordinates[1]! ||
          a.geometry.coordinates[0]! - b.geometry.coordinates[0]!,
      );
    const markers: { marker: L.Marker; latLng: L.LatLng }[] = [];
    for (const cluster of shown) {
      const [longitude, latitude] = cluster.geometry.coordinates as [number, number];
      const latLng = L.latLng(latitude, longitude);
      const properties = cluster.properties as Partial<Supercluster.ClusterProperties> & Partial<PointProperties>;
      let marker: L.Marker;
      if (properties.cluster) {
        const count = properties.point_count!;
        const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
        const label = `${pluralise(count, "partnership")} here: zoom in`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: label,
          icon: L.divIcon({
            className: "app-map-marker app-map-marker--cluster",
            html: `<span aria-hidden="true">${formatCount(count)}</span>`,
            iconSize: [size, size],
          }),
        });
        const clusterId = properties.cluster_id!;
        const expand = () => {
          if (map.getZoom() >= MAX_ZOOM) {
            // Closest zoom already: these partnerships share one spot, so they are chosen from the list.
            const slugs = index
              .getLeaves(clusterId, Infinity)
              .map((leaf) => data.partnerships[leaf.properties.index]![0]);
            setAnnouncement(
              `${pluralise(count, "partnership")} share this spot: choose one from the list beside the map.`,
            );
            wrapperRef.current
              ?.querySelector<HTMLElement>(`.app-map-list__button[data-slug="${CSS.escape(slugs[0]!)}"]`)
              ?.focus();
            return;
          }
          const zoom = Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM);
          focusNearRef.current = latLng;
          setAnnouncement(`Zoomed in on ${pluralise(count, "partnership")}.`);
          map.setView(latLng, zoom);
        };
        marker.on("click", expand);
        marker.on("add", () =>
          decorate(marker, label, { count: String(count), lat: String(latitude), lng: String(longitude) }, expand),
        );
      } else {
        const row = data.partnerships[properties.index!]!;
        const label = `${row[1]}: ${pluralise(row[6].length, "council")}`;
        marker = L.marker(latLng, {
          keyboard: true,
          title: row[1],
          icon: L.divIcon({ className: "app-map-marker app-map-marker--partnership", html: "", iconSize: [24, 24] }),
        });
        const activate = () => select(properties.index!, marker.getElement() ?? null);
        marker.on("click", activate);
        marker.on("add", () =>
          decorate(marker, label, { slug: row[0], lat: String(latitude), lng: String(longitude) }, activate),
        );
      }
      marker.addTo(layer);
      markers.push({ marker, latLng });
    }
    // After a cluster opens, focus goes to the marker nearest where it was, so the keyboard is not lost.
    const near = focusAt;
    if (near && markers.length) {
      focusNearRef.current = null;
      const nearest = markers.reduce((best, m) =>
        m.latLng.distanceTo(near) < best.latLng.distanceTo(near) ? m : best,
      );
      nearest.marker.getElement()?.focus();
    }
    return () => cancelAnimationFrame(frame);
  }, [viewVersion, data, located, clusters, mode, select]);

  // The selected partnership: its councils' areas, a line from its centre to each.
  useEffect(() => {
    const map = mapRef.current;
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    overlay.clearLayers();
    if (selected === null || !data || !boundaries) return;
    const row = data.partnerships[selected]!;
    const centre = row[2] === null ? null : L.latLng(row[2], row[3]!);
    const extent = L.latLngBounds([]);
    for (const memberIndex of row[6]) {
      const [gss, name, latitude, longitude, former] = data.councils[memberIndex]!;
      const area = areaOf(boundaries.areas, gss, former);
      if (area) {
        const shape = L.geoJSON(area, {
          renderer: svgRef.current!,
          style: { ...HIGHLIGHT, className: "app-map-member" },
          interactive: false,
        } as L.GeoJSONOptions);
        shape.eachLayer((layer) => {
          layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-gss", gss));
        });
        shape.addTo(overlay);
        extent.extend(shape.getBounds());
      }
      if (latitude !== null && longitude !== null) {
        const point = L.latLng(latitude, longitude);
        extent.extend(point);
        if (centre)
          L.polyline([centre, point], {
            renderer: svgRef.current!,
            color: "#0b0c0c",
            weight: 2,
            dashArray: "4 4",
            interactive: false,
            className: "app-map-link",
          }).addTo(overlay);
        L.circleMarker(point, {
          renderer: svgRef.current!,
          radius: 4,
          color: "#0b0c0c",
          weight: 1,
          fillColor: "#ffffff",
          fillOpacity: 1,
          interactive: false,
        })
          .bindTooltip(name)
          .addTo(overlay);
      }
    }
    if (centre) extent.extend(centre);
    // Bring the partnership into view, close enough to tell its councils apart.
    if (extent.isValid() && (!map.getBounds().contains(extent) || map.getBoundsZoom(extent) - map.getZoom() > 2)) {
      map.fitBounds(extent.pad(0.3), { maxZoom: 9 });
    }
    if (focusPanelRef.current) {
      focusPanelRef.current = false;
      requestAnimationFrame(() => panelHeadingRef.current?.focus());
    }
  }, [selected, data, boundaries]);

  // Choropleth: councils coloured by partnerships or savings in this filter.
  const choropleth = useMemo(() => {
    if (!data || mode === "partnerships") return null;
    const byCode = new Map<string, number>();
    const values: number[] = [];
    data.councils.forEach((council, index) => {
      for (const code of [council[0], ...council[4]]) if (!byCode.has(code)) byCode.set(code, index);
      const value = mode === "count" ? council[5] : council[6];
      if (value !== null) values.push(value);
    });
    return { byCode, classes: colourClasses(values) };
  }, [data, mode]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !boundaries || !data || !choropleth) return;
    const valueOf = (code: string): number | null => {
      const index = choropleth.byCode.get(code);
      if (index === undefined) return null;
      return mode === "count" ? data.councils[index]![5] : data.councils[index]![6];
    };
    const layer = L.geoJSON(tier === "lower" ? boundaries.lowerTier : boundaries.upperTier, {
      renderer: svgRef.current!,
      style: (area) => ({
        color: "#505a5f",
        weight: 0.6,
        fillOpacity: 0.9,
        fillColor: colourFor(valueOf(area!.properties.areacd), choropleth.classes),
        className: "app-map-area",
      }),
      onEachFeature: (area, shape) => {
        const code = area.properties.areacd as string;
        const value = valueOf(code);
        shape.bindTooltip(`${area.properties.areanm}: ${describeValue(mode, value)}`, { sticky: true });
        shape.on("add", () => {
          const element = (shape as L.Path).getElement();
          element?.setAttribute("data-gss", code);
          element?.setAttribute("data-value", value === null ? "" : String(value));
        });
        shape.on("click", () => {
          const index = choropleth.byCode.get(code);
          router.push(directoryHref({ council: [index === undefined ? code : data.councils[index]![0]] }));
        });
      },
    } as L.GeoJSONOptions).addTo(map);
    layer.bringToBack();
    return () => {
      layer.remove();
    };
  }, [boundaries, data, choropleth, mode, tier, router]);

  // The view, selection and colouring live in the URL hash of the full map.
  useEffect(() => {
    const map = mapRef.current;
    if (variant !== "full" || !map || !data) return;
    const centre = map.getCenter();
    const hash = formatMapHash({
      view: { zoom: map.getZoom(), latitude: centre.lat, longitude: centre.lng },
      selected: selected === null ? null : data.partnerships[selected]![0],
      mode,
    });
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${window.location.search}${hash}`,
    );
  }, [variant, viewVersion, selected, mode, data]);

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === "Escape" && selected !== null) {
      event.preventDefault();
      closeSelection();
    }
  };

  const unlocated = data ? data.total - located.length : 0;
  const row = selected !== null && data ? data.partnerships[selected]! : null;

  return (
    <div
      ref={wrapperRef}
      className={`app-map app-map--${variant}`}
      onKeyDown={onKeyDown}
      data-total={data?.total}
      data-unlocated={data ? unlocated : undefined}
      aria-busy={!data || !boundaries}
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
      <div className="govuk-form-group app-map__mode">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show on the map</legend>
          <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
            {(
              [
                ["partnerships", "Partnerships"],
                ["count", "Councils by number of partnerships"],
                ["savings", "Councils by reported savings"],
              ] as const
            ).map(([value, label]) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  className="govuk-radios__input"
                  id={`map-mode-${variant}-${value}`}
                  name={`map-mode-${variant}`}
                  type="radio"
                  value={value}
                  checked={mode === value}
                  onChange={() => {
                    setMode(value);
                    setSelected(null);
                  }}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`map-mode-${variant}-${value}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="app-map__body">
        <div
          ref={containerRef}
          className="app-map__canvas"
          role="region"
          aria-label="Map of the partnerships. Arrow keys pan, plus and minus zoom; Tab moves between markers."
          data-testid="map-canvas"
        />
        <div className="app-map__side">
          {row && data ? (
            <section
              className="app-map-panel"
              aria-labelledby={`map-panel-title-${variant}`}
              data-testid="map-selection"
            >
              <h2 className="govuk-heading-m" id={`map-panel-title-${variant}`} ref={panelHeadingRef} tabIndex={-1}>
                {row[1]}
              </h2>
              <dl className="govuk-summary-list govuk-summary-list--no-border app-map-panel__facts">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Model</dt>
                  <dd className="govuk-summary-list__value">{data.models[row[4]]?.[1]}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Services</dt>
                  <dd className="govuk-summary-list__value">
                    {row[5].map((i) => data.services[i]?.[1]).join("; ") || "Not recorded"}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Savings</dt>
                  <dd className="govuk-summary-list__value">
                    {row[7] === null ? "Not reported" : `${formatGbp(row[7])} a year (estimate)`}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Councils</dt>
                  <dd className="govuk-summary-list__value">
                    <ul className="govuk-list app-map-panel__members">
                      {row[6].map((i) => (
                        <li key={data.councils[i]![0]}>{data.councils[i]![1]}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
              <p className="govuk-body">
                <a className="govuk-link" href={`/partnerships/${row[0]}`}>
                  View {row[1]}
                </a>
              </p>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={closeSelection}>
                Close<span className="govuk-visually-hidden"> {row[1]}</span>
              </button>
            </section>
          ) : mode === "partnerships" ? (
            <InViewList data={data} inView={inView} onSelect={select} listHref={listHref} />
          ) : (
            data &&
            choropleth && (
              <Legend
                data={data}
                mode={mode}
                classes={choropleth.classes}
                tier={tier}
                onTier={setTier}
                variant={variant}
              />
            )
          )}
          {data && unlocated > 0 && (
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
    </div>
  );
}

/** Marker elements get an accessible name, test hooks, and Enter/Space activation (Leaflet's markers lack it). */
function decorate(marker: L.Marker, label: string, data: Record<string, string>, activate: () => void) {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute("aria-label", label);
  for (const [key, value] of Object.entries(data)) element.dataset[key] = value;
  element.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      activate();
    }
  });
}

function describeValue(mode: MapMode, value: number | null): string {
  if (mode === "count") return value ? pluralise(value, "partnership") : "no partnerships";
  return value === null ? "savings not reported" : `${formatGbp(value)} a year`;
}

type InView = { data: MapData | null; indexes: number[]; count: number };

function InViewList({
  data,
  inView,
  onSelect,
  listHref,
}: {
  data: MapData | null;
  inView: InView;
  onSelect: (index: number, from: HTMLElement | null) => void;
  listHref: string;
}) {
  // Until the map has placed the new results, their list is not known yet.
  if (!data || inView.data !== data) return <p className="govuk-body">Loading the partnerships…</p>;
  return (
    <section aria-labelledby="map-in-view-title">
      <h2 className="govuk-heading-s" id="map-in-view-title">
        {pluralise(inView.count, "partnership")} in this part of the map
      </h2>
      {inView.indexes.length > 0 && (
        <ul className="govuk-list app-map-list">
          {inView.indexes.map((index) => (
            <li key={data.partnerships[index]![0]}>
              <button
                type="button"
                className="app-map-list__button"
                data-slug={data.partnerships[index]![0]}
                onClick={(event) => onSelect(index, event.currentTarget)}
              >
                {data.partnerships[index]![1]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {inView.count > inView.indexes.length && (
        <p className="govuk-body-s">
          And {pluralise(inView.count - inView.indexes.length, "more")}: zoom in, or{" "}
          <a className="govuk-link" href={listHref}>
            see them all in the list
          </a>
          .
        </p>
      )}
    </section>
  );
}

function Legend({
  data,
  mode,
  classes,
  tier,
  onTier,
  variant,
}: {
  data: MapData;
  mode: MapMode;
  classes: ColourClass[];
  tier: Tier;
  onTier: (tier: Tier) => void;
  variant: string;
}) {
  const label = (value: number) => (mode === "count" ? formatCount(value) : formatGbpCompact(value));
  const column = mode === "count" ? 5 : 6;
  const ranked = data.councils
    .map((council) => ({ gss: council[0], name: council[1], value: council[column] as number | null }))
    .filter((council) => council.value !== null && council.value > 0)
    .sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby={`map-legend-title-${variant}`} data-testid="map-legend">
      <h2 className="govuk-heading-s" id={`map-legend-title-${variant}`}>
        {mode === "count"
          ? "Partnerships per council in this filter"
          : "Reported savings per council in this filter (annualised estimates)"}
      </h2>
      <ul className="govuk-list app-map-legend">
        {classes.map((colourClass) => (
          <li key={colourClass.colour} className="app-map-legend__item" data-colour={colourClass.colour}>
            <span className="app-map-legend__swatch" style={{ background: colourClass.colour }} aria-hidden="true" />
            {colourClass.from === colourClass.to
              ? label(colourClass.from)
              : `${label(colourClass.from)} to ${label(colourClass.to)}`}
          </li>
        ))}
        <li className="app-map-legend__item" data-colour={NO_VALUE_COLOUR}>
          <span className="app-map-legend__swatch" style={{ background: NO_VALUE_COLOUR }} aria-hidden="true" />
          {mode === "count" ? "None" : "None reported"}
        </li>
      </ul>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Council areas</legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {(
              [
                ["lower", "Districts and unitary councils"],
                ["upper", "Counties and unitary councils"],
              ] as const
            ).map(([value, text]) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  className="govuk-radios__input"
                  id={`map-tier-${variant}-${value}`}
                  name={`map-tier-${variant}`}
                  type="radio"
                  checked={tier === value}
                  onChange={() => onTier(value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`map-tier-${variant}-${value}`}>
                  {text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <h3 className="govuk-heading-s">Councils, highest first</h3>
      <p className="govuk-body-s">Choose a council to see its partnerships in the directory.</p>
      <ol className="govuk-list app-map-councils">
        {ranked.map((council) => (
          <li key={council.gss}>
            <a className="govuk-link" href={directoryHref({ council: [council.gss] })}>
              {council.name}
            </a>
            : {mode === "count" ? pluralise(council.value!, "partnership") : `${formatGbp(council.value!)} a year`}
          </li>
        ))}
      </ol>
    </section>
  );
}
