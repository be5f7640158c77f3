"use client";

import { useRef, useState, type ReactNode } from "react";
import { CouncilPicker, type CouncilPickerOption } from "@/components/council/council-picker";
import { Fieldset } from "@/components/ui/form";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import { councilLines, parseCouncilLines, type CouncilRow } from "@/lib/moderation/council-lines";

/**
 * The partnership form's councils. The form sends `councils` as lines ("Name (GSS code)", "[lead]" after the
 * council that leads); the server resolves each line to a council, current or former.
 *
 * Without JavaScript that is a text box of lines, which takes names or codes. With JavaScript it becomes a list
 * of the chosen councils — each with a "leads or hosts" checkbox and a Remove button — and a council picker
 * that completes names (current and former) and codes and adds the council chosen; the lines are written to a
 * hidden field. Lines the list cannot match to a council (typed before scripts ran) are kept as typed, for
 * the server to report.
 */
export function CouncilListField({
  value,
  error,
  options,
  hint,
  textArea,
}: {
  value: string;
  error?: string;
  options: CouncilPickerOption[];
  hint: ReactNode;
  /** The text box used without scripts. */
  textArea: ReactNode;
}) {
  const enhanced = useScriptsRunning();
  const [rows, setRows] = useState<CouncilRow[]>(() => parseCouncilLines(value, options));
  const [status, setStatus] = useState("");
  const list = useRef<HTMLUListElement>(null);

  if (!enhanced) return <>{textArea}</>;

  const add = (council: { gss: string; name: string; current: boolean }) => {
    if (rows.some((row) => row.gss === council.gss)) {
      setStatus(`${council.name} is already in the list`);
      return;
    }
    const next = [...rows, { gss: council.gss, name: council.name, current: council.current, role: "member" as const }];
    setRows(next);
    setStatus(`${council.name} added: ${next.length} ${next.length === 1 ? "council" : "councils"}`);
  };

  const remove = (index: number) => {
    const removed = rows[index]!;
    const next = rows.filter((_, i) => i !== index);
    setRows(next);
    setStatus(`${removed.name} removed: ${next.length} ${next.length === 1 ? "council" : "councils"}`);
    // Focus goes to the next council's Remove button, or the previous one's, or the picker.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>("button");
      const target = buttons?.[Math.min(index, (buttons?.length ?? 0) - 1)];
      (target ?? document.getElementById("councils"))?.focus();
    });
  };

  const setLead = (index: number, lead: boolean) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, role: lead ? "lead" : "member" } : row)));

  return (
    <Fieldset id="councils-list" legend="Councils" hint={hint} error={error}>
      {rows.length === 0 ? (
        <p className="govuk-body">No councils added yet.</p>
      ) : (
        <ul className="govuk-list app-council-list" ref={list} aria-label="Councils in the partnership">
          {rows.map((row, index) => (
            <li key={`${row.gss ?? row.text}-${index}`} className="app-council-list__item">
              <span className="app-council-list__name">
                {row.gss ? (
                  <>
                    {row.name} <span className="govuk-hint govuk-!-display-inline">({row.gss})</span>
                    {!row.current && (
                      <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Abolished</strong>
                    )}
                  </>
                ) : (
                  <>
                    {row.text}{" "}
                    <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">
                      Not matched to a council
                    </strong>
                  </>
                )}
              </span>
              <span
                className="govuk-checkboxes govuk-checkboxes--small app-council-list__lead"
                data-module="govuk-checkboxes"
              >
                <span className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={`councils-lead-${index}`}
                    type="checkbox"
                    checked={row.role === "lead"}
                    onChange={(event) => setLead(index, event.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`councils-lead-${index}`}>
                    Leads or hosts<span className="govuk-visually-hidden"> ({row.name ?? row.text})</span>
                  </label>
                </span>
              </span>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => remove(index)}
              >
                Remove<span className="govuk-visually-hidden"> {row.name ?? row.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <CouncilPicker
        options={options}
        id="councils"
        label="Add a council"
        hint="Type a council’s name, current or former, or its GSS code, then choose it from the list"
        onChoose={add}
      />
      <input type="hidden" name="councils" value={councilLines(rows)} />
      <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </Fieldset>
  );
}
