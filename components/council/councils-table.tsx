import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { COUNCIL_TYPE_LABELS, placeLabel } from "@/lib/vocabulary";
import type { CouncilSummary } from "@/lib/councils/types";
import { formatCount, formatMonthYear } from "@/lib/format";
import { CouncilLink, CouncilLinkList } from "./council-link";

const typeLabel = (council: CouncilSummary) =>
  council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded";

const gssCell = (council: CouncilSummary) => (council.gss ? <code>{council.gss}</code> : "None");

export function CurrentCouncilsTable({ councils, caption }: { councils: CouncilSummary[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        className="govuk-table--small-text-until-tablet"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "gss", text: "GSS code" },
          { key: "type", text: "Type" },
          { key: "place", text: "Region or nation" },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss ?? String(council.id),
          cells: [
            <CouncilLink key="name" council={council} />,
            gssCell(council),
            typeLabel(council),
            placeLabel(council.region, council.nation),
            formatCount(council.partnershipCount),
          ],
        }))}
      />
    </div>
  );
}

/** Former councils, each marked "abolished", with when and the council(s) that now cover its area. */
export function AbolishedCouncilsTable({ councils, caption }: { councils: CouncilSummary[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        className="govuk-table--small-text-until-tablet"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "gss", text: "GSS code" },
          { key: "type", text: "Type" },
          { key: "place", text: "Region or nation" },
          { key: "abolished", text: "Abolished" },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss ?? String(council.id),
          cells: [
            <>
              <CouncilLink council={council} /> <Tag colour="grey">Abolished</Tag>
            </>,
            gssCell(council),
            typeLabel(council),
            placeLabel(council.region, council.nation),
            <>
              {council.abolishedOn ? formatMonthYear(council.abolishedOn) : "Date not recorded"}
              {council.successors.length > 0 && (
                <>
                  ; now <CouncilLinkList councils={council.successors} />
                </>
              )}
            </>,
            formatCount(council.partnershipCount),
          ],
        }))}
      />
    </div>
  );
}
