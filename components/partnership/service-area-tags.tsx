import { TagList } from "@/components/ui/tag";
import type { Labelled } from "@/lib/partnerships/types";

export function ServiceAreaTags({ serviceAreas }: { serviceAreas: Labelled[] }) {
  if (serviceAreas.length === 0) return <>Not recorded</>;
  return <TagList colour="light-blue" items={serviceAreas.map((area) => ({ key: area.slug, label: area.label }))} />;
}
