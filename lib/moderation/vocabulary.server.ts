import "server-only";

import type { Queryable } from "@/lib/db/pool.server";

export type LabelledOption = { slug: string; label: string };

/** Service areas and model types with their labels, in the product's order, for the form's choices. */
export async function formVocabulary(
  db: Queryable,
): Promise<{ serviceAreas: LabelledOption[]; modelTypes: LabelledOption[] }> {
  const [serviceAreas, modelTypes] = await Promise.all([
    db.query<LabelledOption>("SELECT slug, label FROM service_area ORDER BY sort_order, label"),
    db.query<LabelledOption>("SELECT slug, label FROM model_type ORDER BY sort_order, label"),
  ]);
  return { serviceAreas: serviceAreas.rows, modelTypes: modelTypes.rows };
}
