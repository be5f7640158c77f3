-- When a member joined and left the partnership, as precisely as the sources say ("2015", "2019-03"): a date
-- and its precision, stored like last_verified_on. Null when not known; a member with a left date in the past
-- is no longer a current member.
ALTER TABLE "membership" ADD COLUMN "joined_on" DATE,
ADD COLUMN "joined_precision" "date_precision",
ADD COLUMN "left_on" DATE,
ADD COLUMN "left_precision" "date_precision";
