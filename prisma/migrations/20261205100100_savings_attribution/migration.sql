-- Whose saving a claim is, and when it was reported: credited_to lists the member councils' GSS codes
-- ("; "-joined) when the claim is theirs alone; null means the whole partnership's.
ALTER TABLE "savings_claim" ADD COLUMN "credited_to" TEXT,
ADD COLUMN "reported_year" INTEGER;

-- The claim the partnership's annualised estimate comes from (lib/savings): its basis (achieved or projected) and
-- whom it is credited to, so the totals keep achieved and projected apart and the map shares it fairly.
ALTER TABLE "partnership" ADD COLUMN "annualised_savings_basis" "savings_basis",
ADD COLUMN "annualised_savings_credited_to" TEXT;
