import Link from "next/link";
import type { ReactNode } from "react";
import { directoryHref } from "@/lib/filters/urls";
import type { ModelTypeSlug, ServiceAreaSlug } from "@/lib/vocabulary";

// Links into the directory filtered by one value.

export const serviceAreaHref = (slug: string) => directoryHref({ service: [slug as ServiceAreaSlug] });
export const modelHref = (slug: string) => directoryHref({ model: [slug as ModelTypeSlug] });
export const councilPartnershipsHref = (gss: string) => directoryHref({ council: [gss] });

/** A service area, linked to the directory filtered by it. */
export function ServiceAreaLink({ area }: { area: { slug: string; label: string } }) {
  return (
    <Link className="govuk-link" href={serviceAreaHref(area.slug)}>
      {area.label}
    </Link>
  );
}

/** Service areas as a list of directory links; "Not recorded" when there are none. */
export function ServiceAreaLinks({ areas }: { areas: { slug: string; label: string }[] }) {
  if (areas.length === 0) return <>Not recorded</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {areas.map((area) => (
        <li key={area.slug}>
          <ServiceAreaLink area={area} />
        </li>
      ))}
    </ul>
  );
}

/** A model type, linked to the directory filtered by it. */
export function ModelLink({ model }: { model: { slug: string; label: string } }) {
  return (
    <Link className="govuk-link" href={modelHref(model.slug)}>
      {model.label}
    </Link>
  );
}

/** A council's partnerships in the directory; `children` is the link text (the council's name by default). */
export function CouncilPartnershipsLink({
  council,
  children,
}: {
  council: { gss: string; name: string };
  children?: ReactNode;
}) {
  return (
    <Link className="govuk-link" href={councilPartnershipsHref(council.gss)}>
      {children ?? council.name}
    </Link>
  );
}
