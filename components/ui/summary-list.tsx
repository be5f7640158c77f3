import type { ReactNode } from "react";

export type SummaryListRow = { key: string; value: ReactNode; id?: string };

export function SummaryList({ rows, className }: { rows: SummaryListRow[]; className?: string }) {
  return (
    <dl className={["govuk-summary-list", className].filter(Boolean).join(" ")}>
      {rows.map((row) => (
        <div key={row.id ?? row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

type HeadingLevel = 2 | 3 | 4;

export function SummaryCard({
  title,
  headingLevel = 2,
  children,
  className,
}: {
  title: ReactNode;
  headingLevel?: HeadingLevel;
  children: ReactNode;
  className?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={["govuk-summary-card", className].filter(Boolean).join(" ")}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
