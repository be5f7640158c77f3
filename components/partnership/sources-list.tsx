import { ExternalLink } from "@/components/ui/external-link";
import type { PartnershipSource } from "@/lib/partnerships/types";

export function SourcesList({ sources }: { sources: PartnershipSource[] }) {
  if (sources.length === 0) return <p className="govuk-body">No sources are recorded.</p>;
  return (
    <ol className="govuk-list govuk-list--number">
      {sources.map((source) => (
        <li key={source.url}>
          {/* Untitled sources show their full address: several may share a host. */}
          <ExternalLink href={source.url} className="app-break-anywhere">
            {source.title ?? source.url}
          </ExternalLink>
        </li>
      ))}
    </ol>
  );
}
