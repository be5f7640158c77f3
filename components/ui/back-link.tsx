import Link from "next/link";
import type { ReactNode } from "react";

export function BackLink({ href, children = "Back" }: { href: string; children?: ReactNode }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}
