import { ScrollingTable, columns } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { COUNCIL_TYPE_LABELS, placeLabel } from "@/lib/vocabulary";
import type { CouncilSummary } from "@/lib/councils/types";
import { formatCount, formatMonthYear } from "@/lib/format";
import { CouncilLink, CouncilLinkList } from "./council-link";

const typeLabel = (council: CouncilSummary) =>
  council.councilType ? COUNCIL_TYPE_LABELS[council.councilType] : "Not recorded";

const gssCell = (council: CouncilSummary) => (council.gss ? <code>{council.gss}</code> : "None");

/** Councils with their code, type, place and number of partnerships; abolished ones also with when and who now. */
function CouncilsTable({
  councils,
  caption,
  abolished,
}: {
  councils: CouncilSummary[];
  caption: string;
  abolished: boolean;
}) {
  return (
    <ScrollingTable
      caption={caption}
      className="govuk-table--small-text-until-tablet"
      firstCellIsHeader
      head={columns(
        ["name", "Council"],
        ["gss", "GSS code"],
        ["type", "Type"],
        ["place", "Region or nation"],
        ...(abolished ? [["abolished", "Abolished"] as [string, string]] : []),
        ["partnerships", "Partnerships", "numeric"],
      )}
      rows={councils.map((council) => ({
        key: council.gss ?? String(council.id),
        cells: [
          abolished ? (
            <>
              <CouncilLink council={council} /> <Tag colour="grey">Abolished</Tag>
            </>
          ) : (
            <CouncilLink key="name" council={council} />
          ),
          gssCell(council),
          typeLabel(council),
          placeLabel(council.region, council.nation),
          ...(abolished
            ? [
                <>
                  {council.abolishedOn ? formatMonthYear(council.abolishedOn) : "Date not recorded"}
                  {council.successors.length > 0 && (
                    <>
                      ; now <CouncilLinkList councils={council.successors} />
                    </>
                  )}
                </>,
              ]
            : []),
          formatCount(council.partnershipCount),
        ],
      }))}
    />
  );
}

export function CurrentCouncilsTable({ councils, caption }: { councils: CouncilSummary[]; caption: string }) {
  return <CouncilsTable councils={councils} caption={caption} abolished={false} />;
}

/** Former councils, each marked "abolished", with when and the council(s) that now cover its area. */
export function AbolishedCouncilsTable({ councils, caption }: { councils: CouncilSummary[]; caption: string }) {
  return <CouncilsTable councils={councils} caption={caption} abolished />;
}
