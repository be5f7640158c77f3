import { Tag, type TagColour } from "@/components/ui/tag";
import { STATUS_LABELS, type StatusSlug } from "@/lib/partnerships/labels";

const COLOURS: Record<StatusSlug, TagColour> = {
  active: "green",
  ended: "grey",
  planned: "blue",
  unknown: "yellow",
};

/** The status in words, with a colour as a second cue only. */
export function StatusTag({ status }: { status: StatusSlug }) {
  return <Tag colour={COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
