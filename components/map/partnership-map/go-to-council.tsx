"use client";

// "Go to a council": a plain form (a labelled select and a button) that fits the map to a council's area.

import { useId, useState, type FormEvent } from "react";
import type { PlaceLabel } from "@/lib/map/place-labels";

export function GoToCouncil({
  places,
  onGo,
}: {
  /** Counties, unitary and district councils in force now, with their extents. */
  places: PlaceLabel[] | null;
  onGo: (place: PlaceLabel) => void;
}) {
  const id = useId();
  const [code, setCode] = useState("");
  const byName = places ? [...places].sort((a, b) => a.name.localeCompare(b.name, "en-GB")) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const place = byName.find((p) => p.code === code);
    if (place) onGo(place);
  };
  return (
    <form className="app-map-goto" onSubmit={submit}>
      <div className="govuk-form-group govuk-!-margin-bottom-0">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-council`}>
          Go to a council
        </label>
        <select
          className="govuk-select"
          id={`${id}-council`}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          disabled={!places}
        >
          <option value="">Choose a council</option>
          {byName.map((place) => (
            <option key={place.code} value={place.code}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={!places}>
        Go<span className="govuk-visually-hidden"> to the council</span>
      </button>
    </form>
  );
}
