import type { RoleSlug, StatusSlug } from "@/lib/partnerships/labels";
import type { Labelled } from "@/lib/partnerships/types";
import type { CouncilTierSlug, CouncilTypeSlug, NationSlug, RegionSlug } from "./labels";

export type CouncilRef = {
  id: number;
  gss: string | null;
  name: string;
  councilType: CouncilTypeSlug | null;
  /** ISO date the council was abolished, when it has been. */
  abolishedOn: string | null;
};

export type CouncilListEntry = {
  gss: string | null;
  name: string;
  councilType: CouncilTypeSlug | null;
  nation: NationSlug | null;
  region: RegionSlug | null;
  partnershipCount: number;
  abolishedOn: string | null;
  successors: CouncilRef[];
};

export type CouncilList = { current: CouncilListEntry[]; abolished: CouncilListEntry[] };

export type CouncilDetail = {
  id: number;
  gss: string | null;
  slug: string;
  name: string;
  officialName: string | null;
  formerGssCodes: string[];
  councilType: CouncilTypeSlug | null;
  tier: CouncilTierSlug | null;
  nation: NationSlug | null;
  region: RegionSlug | null;
  population: number | null;
  homepageUrl: string | null;
  startedOn: string | null;
  abolishedOn: string | null;
  /** True when an end date or a successor is recorded. */
  abolished: boolean;
  county: CouncilRef | null;
  districts: CouncilRef[];
  successors: CouncilRef[];
  predecessors: CouncilRef[];
};

export type CouncilLookup = {
  council: CouncilDetail;
  /** The code asked for is one of the council's former codes: send the reader to the current one. */
  viaFormerCode: boolean;
};

export type CouncilPartnership = {
  slug: string;
  name: string;
  role: RoleSlug;
  note: string | null;
  modelType: Labelled;
  status: StatusSlug;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: Labelled[];
  annualisedSavingsGbp: number | null;
  savingsCount: number;
};
