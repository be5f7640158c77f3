"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { describedBy as describeField, Field } from "@/components/ui/form";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import styles from "./council-picker.module.css";

/** A council the picker can offer without a request: every council, for the list browsers show without scripts. */
export type CouncilPickerOption = { gss: string; name: string; current: boolean };

/**
 * A field for one council's GSS code, as a GET form sends it (`council=E07000078`).
 *
 * Without JavaScript it is a plain text input named `name`, with a browser-native list (`<datalist>`) of every
 * council from `options`: the user types a code or picks a council from the list. With JavaScript it becomes an
 * accessible autocomplete (the ARIA 1.2 combobox pattern): typing a council's name — current or former — or a
 * code (current or former) lists up to `limit` matches from `endpoint` (`GET /api/councils?q=…&pageSize=…`);
 * Up and Down move through them, Enter chooses, Escape closes the list (a second Escape clears the field), and
 * the number of matches is announced. The code of the chosen council is submitted in a hidden input named `name`.
 *
 * Props:
 * - `options` — every council (code, name, current or abolished); the datalist without scripts, and the name shown
 *   for `defaultValue`.
 * - `name` — the submitted parameter (default `council`).
 * - `id` — the visible input's id (default: generated); the label, hint, list and options derive their ids from it.
 * - `label` — the field's label (default "Council"); `labelClassName` e.g. "govuk-label--s".
 * - `hint` — hint text under the label (default explains names and codes).
 * - `defaultValue` — a GSS code already chosen, e.g. from the URL.
 * - `errorMessage` — shows the field in the GOV.UK error style with this message.
 * - `endpoint` — the councils API (default `/api/councils`); `limit` — suggestions shown (default 10).
 * - `onChoose` — for adding councils to a list: with scripts, a chosen council is handed to this instead of being
 *   submitted, the field empties for the next one, and Enter never submits the form (it takes the highlighted
 *   council, or the only one listed).
 */
export type CouncilPickerProps = {
  options: CouncilPickerOption[];
  name?: string;
  id?: string;
  label?: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  defaultValue?: string;
  errorMessage?: string;
  endpoint?: string;
  limit?: number;
  onChoose?: (council: { gss: string; name: string; current: boolean }) => void;
};

type Suggestion = {
  gss: string;
  name: string;
  type: string | null;
  current: boolean;
  formerGssCodes: string[];
  successorGss: string[];
};

const GSS = /^[ENSW]\d{8}$/;
const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

const display = (council: { gss: string; name: string }) => `${council.name} (${council.gss})`;

function describe(suggestion: Suggestion, typed: string): string {
  const code = typed.trim().toUpperCase();
  const parts = [suggestion.gss];
  if (suggestion.formerGssCodes.includes(code)) parts.push(`formerly ${code}`);
  if (!suggestion.current) parts.push("abolished");
  return parts.join(", ");
}

export function CouncilPicker({
  options,
  name = "council",
  id: idProp,
  label = "Council",
  labelClassName,
  hint = "Type a council’s name or its GSS code, such as E07000078",
  defaultValue = "",
  errorMessage,
  endpoint = "/api/councils",
  limit = 10,
  onChoose,
}: CouncilPickerProps) {
  const generatedId = useId();
  const id = idProp ?? `council-picker-${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const optionsId = `${id}-options`;
  const describedBy = describeField(id, { hint, error: errorMessage });

  const initial = options.find((option) => option.gss === defaultValue.toUpperCase());
  const enhanced = useScriptsRunning();
  const [text, setText] = useState(initial ? display(initial) : defaultValue);
  const [chosen, setChosen] = useState<{ gss: string; name: string } | null>(initial ?? null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The same input element serves before and after scripts start (uncontrolled, so that anything typed before
  // then is kept, and focus with it); its value is set here when a council is chosen.
  const input = useRef<HTMLInputElement>(null);

  // Scripts have started: show the chosen council by name rather than by code, unless the user has typed since.
  useEffect(() => {
    if (enhanced && initial && input.current && input.current.value === defaultValue) {
      input.current.value = display(initial);
    }
  }, [enhanced, initial, defaultValue]);

  /** Adopts text typed before scripts started, which no change event has reported. */
  function syncText(): string {
    const typed = input.current?.value ?? text;
    if (typed !== text) {
      setText(typed);
      if (chosen && typed !== display(chosen)) setChosen(null);
      lookUp(typed);
    }
    return typed;
  }

  // Stop a pending or running request when the picker goes away.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      abort.current?.abort();
    },
    [],
  );

  /** Asks for suggestions for what has been typed, a moment after typing stops. */
  function lookUp(typed: string) {
    if (timer.current) clearTimeout(timer.current);
    abort.current?.abort();
    const q = typed.trim();
    if (q.length < MIN_CHARS) {
      setSuggestions([]);
      setSearched(null);
      setOpen(false);
      setActive(-1);
      setStatus("");
      return;
    }
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      abort.current = controller;
      const url = `${endpoint}?${new URLSearchParams({ q: q.slice(0, 200), pageSize: String(limit) })}`;
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { items: [] }))
        .then((body: { items?: Suggestion[] }) => {
          const items = (body.items ?? []).filter((item) => item.gss);
          setSuggestions(items);
          setSearched(q);
          setActive(-1);
          setOpen(true);
          setStatus(
            items.length === 0
              ? "No councils found"
              : `${items.length} ${items.length === 1 ? "council" : "councils"} found, use up and down arrows to choose`,
          );
        })
        .catch((error: unknown) => {
          if ((error as { name?: string }).name !== "AbortError") setStatus("Suggestions are not available");
        });
    }, DEBOUNCE_MS);
  }

  // Keep the active option in view as the arrow keys move through a long list.
  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, id]);

  function choose(suggestion: Suggestion) {
    if (onChoose) {
      if (input.current) input.current.value = "";
      setText("");
      setChosen(null);
      setSuggestions([]);
      setSearched(null);
      setOpen(false);
      setActive(-1);
      onChoose({ gss: suggestion.gss, name: suggestion.name, current: suggestion.current });
      return;
    }
    const picked = { gss: suggestion.gss, name: suggestion.name };
    if (input.current) input.current.value = display(picked);
    setChosen(picked);
    setText(display(picked));
    setOpen(false);
    setActive(-1);
    setStatus(`${suggestion.name} chosen`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const typed = syncText();
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (count === 0) return;
        if (!open) setOpen(true);
        if (event.altKey) return;
        setActive((current) => (current + 1) % count);
        return;
      case "ArrowUp":
        event.preventDefault();
        if (count === 0) return;
        if (!open) setOpen(true);
        setActive((current) => (current <= 0 ? count - 1 : current - 1));
        return;
      case "Enter": {
        const suggestion = open ? suggestions[active] : undefined;
        if (suggestion) {
          event.preventDefault();
          choose(suggestion);
        } else if (onChoose) {
          event.preventDefault();
          const only = searched !== null && suggestions.length === 1 ? suggestions[0] : undefined;
          if (only) choose(only);
          else if (typed.trim() !== "") setStatus("Choose a council from the list with the up and down arrows");
        }
        return;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (typed !== "") {
          event.preventDefault();
          if (input.current) input.current.value = "";
          setText("");
          setChosen(null);
          lookUp("");
        }
        return;
      case "Tab":
        setOpen(false);
        setActive(-1);
        return;
    }
  }

  // What the form sends: the chosen council's code; a code typed directly; a name typed in full that matches a
  // suggestion; otherwise the text as typed, for the page receiving it to report.
  function submittedValue(): string {
    if (chosen && text === display(chosen)) return chosen.gss;
    const typed = text.trim();
    if (GSS.test(typed.toUpperCase())) return typed.toUpperCase();
    const named = suggestions.find((suggestion) => fold(suggestion.name) === fold(typed));
    return named ? named.gss : typed;
  }

  const inputClass = ["govuk-input", errorMessage ? "govuk-input--error" : null].filter(Boolean).join(" ");
  const showList = enhanced && open && searched !== null;
  const listShown = showList && suggestions.length > 0;

  return (
    <Field id={id} label={label} labelClassName={labelClassName} hint={hint} error={errorMessage}>
      <div className={styles.wrapper}>
        <input
          ref={input}
          className={inputClass}
          id={id}
          type="text"
          // Without scripts the field itself is submitted, with the browser's own list of councils.
          name={enhanced ? undefined : name}
          list={enhanced ? undefined : optionsId}
          defaultValue={defaultValue}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          role={enhanced ? "combobox" : undefined}
          aria-autocomplete={enhanced ? "list" : undefined}
          aria-expanded={enhanced ? listShown : undefined}
          aria-controls={enhanced ? listId : undefined}
          aria-activedescendant={listShown && active >= 0 ? `${id}-option-${active}` : undefined}
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            if (chosen && typed !== display(chosen)) setChosen(null);
            lookUp(typed);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            syncText();
            setOpen(false);
            setActive(-1);
          }}
          onFocus={() => {
            const typed = syncText();
            if (suggestions.length > 0 && !(chosen && typed === display(chosen))) setOpen(true);
          }}
        />
        {!enhanced && (
          <datalist id={optionsId}>
            {options.map((option) => (
              <option key={option.gss} value={option.gss}>
                {option.current ? option.name : `${option.name} (abolished)`}
              </option>
            ))}
          </datalist>
        )}
        {enhanced && (
          <>
            <ul
              className={styles.listbox}
              id={listId}
              role="listbox"
              aria-label={typeof label === "string" ? `${label} suggestions` : "Council suggestions"}
              hidden={!listShown}
            >
              {suggestions.map((suggestion, index) => (
                <li
                  key={suggestion.gss}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={[styles.option, index === active ? styles.active : null].filter(Boolean).join(" ")}
                  // Keep focus in the input, so the choice does not blur and close the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                >
                  {suggestion.name}
                  <span className={styles.detail}>{describe(suggestion, searched ?? "")}</span>
                </li>
              ))}
            </ul>
            {showList && suggestions.length === 0 && (
              <div className={`${styles.listbox} ${styles.empty}`}>No councils found</div>
            )}
            {!onChoose && <input type="hidden" name={name} value={submittedValue()} />}
          </>
        )}
      </div>
      <div id={statusId} className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </div>
    </Field>
  );
}
