"use client";

// The directory's filter form. Without JavaScript it is a plain GET form to `/`. With JavaScript it updates the
// results in place: a ticked box, a chosen option or a submitted form becomes a new URL (router.push), and the
// server renders that URL. The URL stays the only state — back, forward and reload all show what it says.

import { useRouter, useSearchParams } from "next/navigation";
import { flushSync } from "react-dom";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  useTransition,
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
} from "react";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import { directoryUrl } from "@/lib/filters/urls";
import { formQuery } from "./form-query";

/** How long typing in the search box pauses before the results follow. */
const TYPING_PAUSE_MS = 450;

type FilterFormState = {
  /** Scripts run: the form updates in place and the panel can fold away on small screens. */
  enhanced: boolean;
  /** A new set of results is on its way. */
  pending: boolean;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
};

const FilterFormContext = createContext<FilterFormState>({
  enhanced: false,
  pending: false,
  panelOpen: true,
  setPanelOpen: () => {},
});

export const useFilterForm = () => useContext(FilterFormContext);

/**
 * Makes each control say what the URL says. Controls are uncontrolled (the server renders their defaults), so
 * after back/forward or a link the browser would otherwise keep showing what was last ticked or typed.
 * `keep` is the control being used, left alone so typing is never overwritten.
 */
function showUrlInForm(form: HTMLFormElement, params: URLSearchParams, keep: Element | null): void {
  const valuesOf = (name: string) =>
    params
      .getAll(name)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim());
  for (const element of Array.from(form.elements)) {
    if (element === keep) continue;
    if (element instanceof HTMLInputElement && element.name) {
      if (element.type === "checkbox") element.checked = valuesOf(element.name).includes(element.value);
      else if (element.type === "radio") element.checked = (params.get(element.name) ?? "").trim() === element.value;
      else if (element.type !== "hidden" && element.type !== "submit") {
        element.value = params.getAll(element.name).join(", ");
      }
    } else if (element instanceof HTMLSelectElement && element.name) {
      const value = params.get(element.name) ?? "";
      element.value = value;
      // A value the select does not offer (e.g. the default written out) shows as the default option.
      if (element.value !== value) element.value = "";
    }
  }
}

/**
 * Where focus goes once the new results are in: after following a link that disappears, the next tag (the nearest
 * one left) or an element; after "Apply filters", the results.
 */
type FocusTarget = { tag: number } | { id: string; ifLost?: boolean } | { results: true };

function placeFocus(form: HTMLFormElement, target: FocusTarget): void {
  let element: HTMLElement | null = null;
  if ("results" in target) return;
  if ("tag" in target) {
    const tags = form.querySelectorAll<HTMLElement>(".app-filter__tag");
    element = tags[Math.min(target.tag, tags.length - 1)] ?? document.getElementById("filter-heading");
  } else {
    const focused = document.activeElement;
    if (target.ifLost && focused && focused !== document.body && focused.isConnected) return;
    element = document.getElementById(target.id);
  }
  element?.focus();
}

export function DirectoryFilterForm({
  children,
  className,
  panelStartsOpen,
}: {
  children: ReactNode;
  className?: string;
  /** Open the panel on small screens from the start: when there are problems to fix in it. */
  panelStartsOpen: boolean;
}) {
  const router = useRouter();
  const search = useSearchParams().toString();
  const formRef = useRef<HTMLFormElement>(null);
  /** The query this form last asked for; null after any other navigation (a link, back, forward). */
  const requested = useRef<string | null>(null);
  const typingTimer = useRef<number | undefined>(undefined);
  const focusNext = useRef<FocusTarget | null>(null);
  const [pending, startTransition] = useTransition();
  const [panelOpen, setPanelOpen] = useState(panelStartsOpen);
  const enhanced = useScriptsRunning();

  /**
   * After "Apply filters": the results, unless there are problems to fix (the error summary takes focus then).
   * On a phone the panel folds away, so the results are in view rather than screens below it.
   */
  const showResults = useCallback(() => {
    if (document.querySelector(".govuk-error-summary")) {
      setPanelOpen(true);
      return;
    }
    flushSync(() => setPanelOpen(false));
    const heading = document.getElementById("results-heading");
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: "start" });
  }, []);

  /** Asks for the form's query; false when it is already the one shown or on its way. */
  const apply = useCallback((): boolean => {
    const form = formRef.current;
    if (!form) return false;
    window.clearTimeout(typingTimer.current);
    const params = formQuery(new FormData(form));
    if (params.toString() === requested.current || (requested.current === null && params.toString() === search)) {
      return false;
    }
    requested.current = params.toString();
    // A control the new results re-create (the council picker, once its council is chosen) gets focus back.
    focusNext.current = document.activeElement?.id ? { id: document.activeElement.id, ifLost: true } : null;
    startTransition(() => router.push(directoryUrl(params), { scroll: false }));
    return true;
  }, [router, search]);

  useEffect(() => {
    const forget = () => {
      requested.current = null;
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link) return;
      forget();
      const form = formRef.current;
      if (!form?.contains(link)) return;
      // The link followed goes away or moves: say where focus goes once the new results are in.
      if (link.matches(".app-filter__tag")) {
        focusNext.current = { tag: Array.from(form.querySelectorAll(".app-filter__tag")).indexOf(link) };
      } else if (link.closest(".app-filter__clear")) focusNext.current = { id: "filter-heading" };
      else if (link.closest(".govuk-pagination")) focusNext.current = { id: "results-heading" };
    };
    window.addEventListener("popstate", forget);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("popstate", forget);
      document.removeEventListener("click", onClick, true);
      window.clearTimeout(typingTimer.current);
    };
  }, []);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // An answer to an earlier request while a later one is on its way: the form already shows the later one.
    if (requested.current !== null && requested.current !== search) return;
    const keep = requested.current === search ? document.activeElement : null;
    showUrlInForm(form, new URLSearchParams(search), keep);
    const next = focusNext.current;
    focusNext.current = null;
    if (next && "results" in next) showResults();
    else if (next) {
      placeFocus(form, next);
      // A re-created control may swap its element once more as it starts up (the picker does): try again after.
      if ("ifLost" in next) window.setTimeout(() => placeFocus(form, next), 100);
    }
  }, [search, showResults]);

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const control = event.target as EventTarget;
    // Controls of another form inside this one's markup (the results' "Compare" boxes) are not filters.
    if ((control as HTMLInputElement).form !== event.currentTarget) return;
    if (control instanceof HTMLSelectElement) apply();
    else if (control instanceof HTMLInputElement) {
      if (control.type === "checkbox" || control.type === "radio") apply();
      else if (control.name === "q") {
        window.clearTimeout(typingTimer.current);
        typingTimer.current = window.setTimeout(apply, TYPING_PAUSE_MS);
      }
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const applied = apply();
    // Enter in a box applies and leaves focus there, to go on typing; the "Apply filters" button moves on. (Enter in
    // a box also names the first Apply button as the submitter, so the focused element tells them apart.)
    const focused = document.activeElement;
    const inBox =
      focused instanceof HTMLInputElement && !["submit", "button", "checkbox", "radio"].includes(focused.type);
    if (inBox || focused instanceof HTMLSelectElement) return;
    if (applied) focusNext.current = { results: true };
    else showResults();
  };

  const classes = [className, enhanced && !panelOpen ? "app-filter-layout--panel-closed" : null]
    .filter(Boolean)
    .join(" ");

  return (
    <FilterFormContext.Provider value={{ enhanced, pending, panelOpen, setPanelOpen }}>
      <form
        ref={formRef}
        method="get"
        action="/"
        className={classes}
        onChange={onChange}
        onSubmit={onSubmit}
        noValidate
      >
        {children}
      </form>
    </FilterFormContext.Provider>
  );
}

/** "Show filters" / "Hide filters", for small screens once scripts run; without them the panel simply shows. */
export function FilterPanelToggle({ selectedCount }: { selectedCount: number }) {
  const { enhanced, panelOpen, setPanelOpen } = useFilterForm();
  if (!enhanced) return null;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-filter-toggle"
      aria-expanded={panelOpen}
      aria-controls="filter-panel"
      onClick={() => setPanelOpen(!panelOpen)}
    >
      {panelOpen ? "Hide filters" : "Show filters"}
      {selectedCount > 0 && <> ({selectedCount} selected)</>}
    </button>
  );
}

/** The "Sort" button a browser without scripts needs; with scripts a new sort applies as it is chosen. */
export function SortButton() {
  const { enhanced } = useFilterForm();
  if (enhanced) return null;
  return (
    <button type="submit" className="govuk-button govuk-button--secondary app-sort__button">
      Sort
    </button>
  );
}

/** The results, marked busy while a new set is on its way. */
export function ResultsRegion({ children }: { children: ReactNode }) {
  const { pending } = useFilterForm();
  return (
    <div className={`app-results${pending ? " app-results--pending" : ""}`} aria-busy={pending || undefined}>
      {children}
    </div>
  );
}
