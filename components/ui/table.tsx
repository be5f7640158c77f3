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
 *
 * With `stack`, on screens narrower than a tablet each row becomes a block, each cell under its column's name, so
 * no column is cut off. The table keeps its roles (explicit, as browsers drop them from table parts that are no
 * longer displayed as a table), and the names written in the cells are hidden from screen readers, which announce
 * the column headers themselves.
 */
export function Table({
  caption,
  captionClassName = "govuk-table__caption--m",
  head,
  rows,
  firstCellIsHeader = false,
  className,
  stack = false,
}: {
  caption: ReactNode;
  captionClassName?: string;
  head: TableHeader[];
  rows: TableRow[];
  firstCellIsHeader?: boolean;
  className?: string;
  stack?: boolean;
}) {
  const role = (name: string) => (stack ? name : undefined);
  const label = (index: number) =>
    stack && !(index === 0 && firstCellIsHeader) ? (
      <span className="app-table__label" aria-hidden="true">
        {head[index]?.text}
      </span>
    ) : null;
  return (
    <table
      className={["govuk-table", stack ? "app-table--stack" : null, className].filter(Boolean).join(" ")}
      role={role("table")}
    >
      <caption className={["govuk-table__caption", captionClassName].filter(Boolean).join(" ")}>{caption}</caption>
      <thead className="govuk-table__head" role={role("rowgroup")}>
        <tr className="govuk-table__row" role={role("row")}>
          {head.map((header) => (
            <th
              key={header.key}
              scope="col"
              role={role("columnheader")}
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
      <tbody className="govuk-table__body" role={role("rowgroup")}>
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row" role={role("row")}>
            {row.cells.map((cell, index) => {
              const header = head[index];
              const numeric = header?.numeric ? " govuk-table__cell--numeric" : "";
              if (index === 0 && firstCellIsHeader) {
                return (
                  <th
                    key={header?.key ?? index}
                    scope="row"
                    className={`govuk-table__header${numeric}`}
                    role={role("rowheader")}
                  >
                    {cell}
                  </th>
                );
              }
              return (
                <td key={header?.key ?? index} className={`govuk-table__cell${numeric}`} role={role("cell")}>
                  {label(index)}
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
 * A table in a region that scrolls sideways when it is wider than the screen (keyboard-focusable, named by
 * `label`, or else by the caption), its caption read by screen readers only: the page's heading says what it is.
 * On phones its rows stack (see Table's `stack`), so every column shows without scrolling.
 */
export function ScrollingTable({
  label,
  ...table
}: Omit<Parameters<typeof Table>[0], "captionClassName" | "caption"> & { caption: string; label?: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={label ?? table.caption} tabIndex={0}>
      <Table captionClassName="govuk-visually-hidden" stack {...table} />
    </div>
  );
}
