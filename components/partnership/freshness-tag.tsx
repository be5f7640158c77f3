import { Tag } from "@/components/ui/tag";
import { mayBeOutOfDate, type Checked } from "@/lib/partnerships/freshness";

/**
 * "May be out of date" on an active entry not checked against its sources for CHECK_DUE_YEARS (or never); nothing
 * otherwise — an ended entry is never marked.
 */
export function FreshnessTag({ entry, now }: { entry: Checked; now?: Date }) {
  if (!mayBeOutOfDate(entry, now)) return null;
  return <Tag colour="orange">May be out of date</Tag>;
}
