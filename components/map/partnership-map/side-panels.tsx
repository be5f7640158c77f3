"use client";

// Beside the map: the selected partnership, the partnerships in view, or the colouring's legend.

import type { RefObject } from "react";
import { Radios } from "@/components/ui/form";
import { councilListHref } from "@/lib/filters/urls";
import { formatCount, formatGbp, pluralise } from "@/lib/format";
import { NO_VALUE_COLOUR, type ColourClass } from "@/lib/map/colour-scale";
import type { MapPayload } from "@/lib/map/payload";
import type { MapMode } from "@/lib/map/view-state";
import type { ViewPartnership } from "@/lib/map/types";
import type { Selection } from "./use-map-payload";
import type { InView } from "./use-markers";
import { moreInView } from "./wording";
import { councilValue, type Tier } from "./use-map-layers";

export function SelectionPanel({
  payload,
  selection,
  variant,
  heading,
  onClose,
}: {
  payload: MapPayload;
  selection: Selection;
  variant: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const label = (list: { slug: string; label: string }[], slug: string) =>
    list.find((entry) => entry.slug === slug)?.label ?? slug;
  const councils = selection.members.filter((member) => member.kind === "council");
  return (
    <section className="app-map-panel" aria-labelledby={`map-panel-title-${variant}`} data-testid="map-selection">
      <h2 className="govuk-heading-m" id={`map-panel-title-${variant}`} ref={heading} tabIndex={-1}>
        {selection.name}
      </h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-map-panel__facts">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Model</dt>
          <dd className="govuk-summary-list__value">{label(payload.models, selection.modelType)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Services</dt>
          <dd className="govuk-summary-list__value">
            {selection.serviceAreas.map((slug) => label(payload.services, slug)).join("; ") || "Not recorded"}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Savings</dt>
          <dd className="govuk-summary-list__value">
            {selection.annualisedSavingsGbp === null
              ? "Not reported"
              : `${formatGbp(Math.round(selection.annualisedSavingsGbp))} a year (estimate)`}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Councils</dt>
          <dd className="govuk-summary-list__value">
            <ul className="govuk-list app-map-panel__members">
              {councils.map((council) => (
                <li key={council.gss ?? council.name}>{council.name}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <p className="govuk-body">
        <a className="govuk-link" href={`/partnerships/${selection.slug}`}>
          View {selection.name}
        </a>
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
        Close<span className="govuk-visually-hidden"> {selection.name}</span>
      </button>
    </section>
  );
}

export function InViewList({
  payload,
  inView,
  onSelect,
  listHref,
}: {
  payload: MapPayload | null;
  inView: InView;
  onSelect: (partnership: ViewPartnership, from: HTMLElement | null) => void;
  listHref: string;
}) {
  // Until the map has placed the new results, their list is not known yet.
  if (!payload || inView.payload !== payload) return <p className="govuk-body">Loading the partnerships…</p>;
  const more = inView.count - inView.partnerships.length;
  return (
    <section aria-labelledby="map-in-view-title">
      <h2 className="govuk-heading-s" id="map-in-view-title">
        {pluralise(inView.count, "partnership")} in this part of the map
      </h2>
      {inView.partnerships.length > 0 && (
        <ul className="govuk-list app-map-list">
          {inView.partnerships.map((partnership) => (
            <li key={partnership.slug}>
              <button
                type="button"
                className="app-map-list__button"
                data-slug={partnership.slug}
                onClick={(event) => onSelect(partnership, event.currentTarget)}
              >
                {partnership.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="govuk-body-s">
          {moreInView(more)}, or{" "}
          <a className="govuk-link" href={listHref}>
            see them all in the list
          </a>
          .
        </p>
      )}
    </section>
  );
}

const TIERS = [
  ["lower", "Districts and unitary councils"],
  ["upper", "Counties and unitary councils"],
] as const;

export function Legend({
  payload,
  mode,
  classes,
  tier,
  onTier,
  variant,
  query,
}: {
  payload: MapPayload;
  mode: MapMode;
  classes: ColourClass[];
  tier: Tier;
  onTier: (tier: Tier) => void;
  variant: string;
  /** The map's filter, as a query string. */
  query: string;
}) {
  const label = (value: number) => (mode === "count" ? formatCount(value) : formatGbp(value));
  const ranked = payload.councils
    .map((council, index) => ({ gss: council.gss, name: council.name, value: councilValue(payload, index, mode) }))
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
      <Radios
        id={`map-tier-${variant}`}
        legend="Council areas"
        withScripts
        choices={TIERS.map(([value, text]) => ({
          value,
          label: text,
          id: `map-tier-${variant}-${value}`,
          checked: tier === value,
          onChange: () => onTier(value),
        }))}
      />
      {mode === "savings" && (
        <p className="govuk-body-s" data-testid="map-savings-total">
          Each partnership&apos;s yearly estimate is shared, never counted in full for every member: equally among its
          member councils, or to the councils the saving belongs to. These councils&apos; figures add up to{" "}
          {formatGbp(ranked.reduce((sum, council) => sum + council.value!, 0))} a year, the total of the partnerships on
          the map.
        </p>
      )}
      <h3 className="govuk-heading-s">Councils, highest first</h3>
      <p className="govuk-body-s">Choose a council to see its partnerships in the directory.</p>
      <ol className="govuk-list app-map-councils">
        {ranked.map((council) => (
          <li key={council.gss}>
            <a className="govuk-link" href={councilListHref(council.gss, query)}>
              {council.name}
            </a>
            : {mode === "count" ? pluralise(council.value!, "partnership") : `${formatGbp(council.value!)} a year`}
          </li>
        ))}
      </ol>
    </section>
  );
}
