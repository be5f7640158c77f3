import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { COUNCIL_TYPE_LABELS, placeLabel } from "@/lib/councils/labels";
import type { CouncilSummary } from "@/lib/councils/types";
import { formatCount, formatMonthYear } from "@/lib/format";
import { CouncilLink, CouncilLinkList } from "./council-link";
import { CouncilPartnershipsLink } from "./directory-links";

const typeLabel = (council: CouncilSummary) =>
  council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded";

/** The number of partnerships, linked to the directory filtered by the council. */
function PartnershipCount({ council }: { council: CouncilSummary }) {
  if (!council.gss || council.partnershipCount === 0) return <>{formatCount(council.partnershipCount)}</>;
  return (
    <CouncilPartnershipsLink council={{ gss: council.gss, name: council.name }}>
      {formatCount(council.partnershipCount)}
      <span className="govuk-visually-hidden">
        {" "}
        {council.partnershipCount === 1 ? "partnership" : "partnerships"} of {council.name} in the directory
      </span>
    </CouncilPartnershipsLink>
  );
}

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
            <PartnershipCount key="partnerships" council={council} />,
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
            <PartnershipCount key="partnerships" council={council} />,
          ],
        }))}
      />
    </div>
  );
}
