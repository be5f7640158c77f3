"use client";

import { useEffect } from "react";

/**
 * Starts the GOV.UK Frontend scripts the layout uses (the collapsing service navigation on
 * small screens and the skip link's focus handling). Loaded after hydration, from this app only.
 */
export function GovukFrontendInit() {
  useEffect(() => {
    let cancelled = false;
    void import("govuk-frontend").then(({ createAll, ServiceNavigation, SkipLink }) => {
      if (cancelled) return;
      createAll(ServiceNavigation);
      createAll(SkipLink);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
