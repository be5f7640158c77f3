import type { ViaPredecessor } from "./predecessors";
import type {
  CouncilTier,
  CouncilType,
  Labelled,
  MemberRole,
  Nation,
  PartnershipStatus,
  Region,
} from "@/lib/vocabulary";

export type CouncilRef = {
  id: number;
  gss: string | null;
  name: string;
  councilType: CouncilType | null;
  /** ISO date the council was abolished, when it has been. */
  abolishedOn: string | null;
};

export type CouncilDetail = {
  id: number;
  gss: string | null;
  slug: string;
  name: string;
  officialName: string | null;
  formerGssCodes: string[];
  councilType: CouncilType | null;
  tier: CouncilTier | null;
  nation: Nation | null;
  region: Region | null;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
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
  role: MemberRole;
  note: string | null;
  modelType: Labelled;
  status: PartnershipStatus;
  startYear: number | null;
  endYear: number | null;
  serviceAreas: Labelled[];
  annualisedSavingsGbp: number | null;
  savingsCount: number;
  /** Listed for a council that replaced the member: the abolished members it counts through; else empty. */
  viaPredecessors: ViaPredecessor[];
};

/** A council as the search lists it (the /councils page and GET /api/councils). */
export type CouncilSummary = {
  id: number;
  gss: string | null;
  name: string;
  officialName: string | null;
  councilType: CouncilType | null;
  tier: CouncilTier | null;
  nation: Nation | null;
  region: Region | null;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  /** False once abolished (an end date or a successor is recorded). */
  current: boolean;
  abolishedOn: string | null;
  formerGssCodes: string[];
  /** The councils that took over an abolished council's area, by name. */
  successors: { gss: string; name: string }[];
  partnershipCount: number;
};

export type CouncilSearchResult = {
  total: number;
  page: number;
  pageSize: number;
  items: CouncilSummary[];
};

/** One suggestion for the council picker. */
export type CouncilSuggestion = {
  gss: string;
  name: string;
  councilType: CouncilType | null;
  current: boolean;
  /** Set when the text typed is one of the council's former GSS codes. */
  matchedFormerCode: string | null;
  successors: { gss: string; name: string }[];
};

/** A current council near another, with the distance between their points. */
export type NearbyCouncil = {
  id: number;
  gss: string;
  name: string;
  councilType: CouncilType | null;
  region: Region | null;
  nation: Nation | null;
  population: number | null;
  distanceKm: number;
  partnershipCount: number;
};

/** A council like another: same type, similar population; `score` as in scoring.likenessScore (lower first). */
export type LikeCouncil = NearbyCouncil & { score: number };

/** A partnership another council could look at: one its neighbours or peers are in. */
export type PeerPartnership = {
  slug: string;
  name: string;
  status: PartnershipStatus;
  modelType: Labelled;
  /** The neighbours and peers (of those shown on the page) that are members. */
  councils: { gss: string; name: string }[];
};

/** Partnerships in one service area the council does not yet share. */
export type UnsharedServiceGroup = {
  serviceArea: Labelled;
  partnerships: PeerPartnership[];
};
