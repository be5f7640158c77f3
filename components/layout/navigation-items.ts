// The product's sections, in header order. A section is current for its own URL and everything beneath it.

export type NavigationItem = { href: string; text: string; matches: (pathname: string) => boolean };

const under = (prefix: string) => (pathname: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export const NAVIGATION_ITEMS: NavigationItem[] = [
  // A partnership page belongs to the directory it was found in.
  { href: "/", text: "Directory", matches: (pathname) => pathname === "/" || under("/partnerships")(pathname) },
  { href: "/map", text: "Map", matches: under("/map") },
  { href: "/insights", text: "Insights", matches: under("/insights") },
  { href: "/councils", text: "Councils", matches: under("/councils") },
  { href: "/data", text: "Data", matches: under("/data") },
  { href: "/submit", text: "Submit", matches: under("/submit") },
];

/** "page" when the link is the page itself, "true" when the page sits inside the section. */
export function currentState(item: NavigationItem, pathname: string): "page" | "true" | undefined {
  if (pathname === item.href) return "page";
  return item.matches(pathname) ? "true" : undefined;
}
