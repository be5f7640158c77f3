// The seed: reading, checking and loading the real data set in seed-data/ (see scripts/db-seed.ts).

export { DEFAULT_SEED_DIR, loadSeed, type LoadSeedOptions, type SeedReport } from "./load.server";
export { formatProblem, type SeedProblem, SeedValidationError } from "./problems";
export { readSeedFolder, SEED_FILES, type SeedData, type SeedPartnership, type SeedReading } from "./read";
export {
  councilSlug,
  formatMemberReference,
  type MemberReference,
  parseMemberReference,
  parseMemberNotes,
  splitList,
  joinList,
} from "./members";
