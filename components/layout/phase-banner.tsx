import Link from "next/link";
import { Tag } from "@/components/ui/tag";

export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">Beta</Tag>
        <span className="govuk-phase-banner__text">
          This is a new service. If something is wrong or missing,{" "}
          <Link className="govuk-link" href="/submit">
            suggest a correction
          </Link>
          .
        </span>
      </p>
    </div>
  );
}
