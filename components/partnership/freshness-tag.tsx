import { Tag } from "@/components/ui/tag";
import { isPossiblyOutOfDate } from "@/lib/partnerships/freshness";

/** "May be out of date" when the entry has not been verified for 18 months; nothing otherwise. */
export function FreshnessTag({ lastVerified, now }: { lastVerified: string | Date | null | undefined; now?: Date }) {
  if (!isPossiblyOutOfDate(lastVerified, now)) return null;
  return <Tag colour="orange">May be out of date</Tag>;
}
