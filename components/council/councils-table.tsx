import { Table } from "@/components/ui/table";
import { COUNCIL_TYPE_LABELS, placeLabel } from "@/lib/councils/labels";
import type { CouncilListEntry } from "@/lib/councils/types";
import { formatCount, formatMonthYear } from "@/lib/format";
import { CouncilLink, CouncilLinkList } from "./council-link";

const typeLabel = (entry: CouncilListEntry) =>
  entry.councilType ? COUNCIL_TYPE_LABELS[entry.councilType] : "Not recorded";

export function CurrentCouncilsTable({ councils, caption }: { councils: CouncilListEntry[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "gss", text: "GSS code" },
          { key: "type", text: "Type" },
          { key: "place", text: "Region or nation" },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss ?? council.name,
          cells: [
            <CouncilLink key="name" council={council} />,
            council.gss ? <code>{council.gss}</code> : "None",
            typeLabel(council),
            placeLabel(council.region, council.nation),
            formatCount(council.partnershipCount),
          ],
        }))}
      />
    </div>
  );
}

export function AbolishedCouncilsTable({ councils, caption }: { councils: CouncilListEntry[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[
          { key: "name", text: "Council" },
          { key: "gss", text: "GSS code" },
          { key: "type", text: "Type" },
          { key: "abolished", text: "Abolished" },
          { key: "successors", text: "Area now covered by" },
          { key: "partnerships", text: "Partnerships", numeric: true },
        ]}
        rows={councils.map((council) => ({
          key: council.gss ?? council.name,
          cells: [
            <CouncilLink key="name" council={council} />,
            council.gss ? <code>{council.gss}</code> : "None",
            typeLabel(council),
            council.abolishedOn ? formatMonthYear(council.abolishedOn) : "Date not recorded",
            council.successors.length > 0 ? <CouncilLinkList councils={council.successors} /> : "Not recorded",
            formatCount(council.partnershipCount),
          ],
        }))}
      />
    </div>
  );
}
