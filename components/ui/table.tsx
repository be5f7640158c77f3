import type { ReactNode } from "react";

export type TableHeader = { key: string; text: ReactNode; numeric?: boolean; className?: string };
export type TableRow = { key: string; cells: ReactNode[] };

/** Column headers from [key, text] pairs; "numeric" right-aligns a column. */
export function columns(...pairs: [key: string, text: ReactNode, numeric?: "numeric"][]): TableHeader[] {
  return pairs.map(([key, text, numeric]) => (numeric ? { key, text, numeric: true } : { key, text }));
}

/**
 * A GOV.UK table. Column headers get scope="col"; with `firstCellIsHeader` each row's first
 * cell is a row header (scope="row"), so screen readers announce what a row is about.
 */
export function Table({
  caption,
  captionClassName = "govuk-table__caption--m",
  head,
  rows,
  firstCellIsHeader = false,
  className,
}: {
  caption: ReactNode;
  captionClassName?: string;
  head: TableHeader[];
  rows: TableRow[];
  firstCellIsHeader?: boolean;
  className?: string;
}) {
  return (
    <table className={["govuk-table", className].filter(Boolean).join(" ")}>
      <caption className={["govuk-table__caption", captionClassName].filter(Boolean).join(" ")}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((header) => (
            <th
              key={header.key}
              scope="col"
              className={[
                "govuk-table__header",
                header.numeric ? "govuk-table__header--numeric" : null,
                header.className,
              ]
                .filter(Boolean)
                .join(" ")}
            >
              {header.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            {row.cells.map((cell, index) => {
              const header = head[index];
              const numeric = header?.numeric ? " govuk-table__cell--numeric" : "";
              if (index === 0 && firstCellIsHeader) {
                return (
                  <th key={header?.key ?? index} scope="row" className={`govuk-table__header${numeric}`}>
                    {cell}
                  </th>
                );
              }
              return (
                <td key={header?.key ?? index} className={`govuk-table__cell${numeric}`}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A table in a region that scrolls sideways on narrow screens (keyboard-focusable, named by `label`, or else by
 * the caption), its caption read by screen readers only: the page's heading says what it is.
 */
export function ScrollingTable({
  label,
  ...table
}: Omit<Parameters<typeof Table>[0], "captionClassName" | "caption"> & { caption: string; label?: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label ?? table.caption} tabIndex={0}>
      <Table captionClassName="govuk-visually-hidden" {...table} />
    </div>
  );
}
