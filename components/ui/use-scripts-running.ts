"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while rendering on the server and while hydrating (so the first render matches the server's HTML), true
 * after: a component shows its no-JavaScript form until then, so the page works before and without scripts.
 */
export function useScriptsRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
