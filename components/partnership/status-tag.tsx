import { Tag, type TagColour } from "@/components/ui/tag";
import { STATUS_LABELS, type PartnershipStatus } from "@/lib/vocabulary";

const COLOURS: Record<PartnershipStatus, TagColour> = {
  active: "green",
  ended: "grey",
  planned: "blue",
  unknown: "yellow",
};

/** The status in words, with a colour as a second cue only. */
export function StatusTag({ status }: { status: PartnershipStatus }) {
  return <Tag colour={COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
