import type { ReactNode } from "react";

/** A link to another site. Opens in the same tab, as GOV.UK advises; rel keeps the page from being reachable from it. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} className={["govuk-link", className].filter(Boolean).join(" ")} rel="noopener noreferrer external">
      {children}
    </a>
  );
}
