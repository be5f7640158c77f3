// Labels for the facets whose values are database enums; service areas and model types carry their own labels.

import { COUNCIL_TYPE_LABELS, NATION_LABELS, REGION_LABELS, STATUS_LABELS } from "@/lib/vocabulary";
import type { Facet } from "./schema";

export const FACET_LABELS: Partial<Record<Facet, Record<string, string>>> = {
  status: STATUS_LABELS,
  region: REGION_LABELS,
  nation: NATION_LABELS,
  councilType: COUNCIL_TYPE_LABELS,
};
