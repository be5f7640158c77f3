import Link from "next/link";
import type { ReactNode } from "react";
import type { CouncilRef } from "@/lib/councils/types";

export function CouncilLink({ council }: { council: Pick<CouncilRef, "gss" | "name"> }) {
  if (!council.gss) return <>{council.name}</>;
  return (
    <Link className="govuk-link" href={`/councils/${council.gss}`}>
      {council.name}
    </Link>
  );
}

/** "A", "A and B", "A, B and C" — each a link, with an optional note after each name. */
export function CouncilLinkList<C extends Pick<CouncilRef, "gss" | "name">>({
  councils,
  noteFor,
}: {
  councils: C[];
  noteFor?: (council: C) => ReactNode;
}) {
  return (
    <>
      {councils.map((council, index) => (
        <span key={council.gss ?? council.name}>
          {index > 0 && (index === councils.length - 1 ? " and " : ", ")}
          <CouncilLink council={council} />
          {noteFor?.(council)}
        </span>
      ))}
    </>
  );
}
