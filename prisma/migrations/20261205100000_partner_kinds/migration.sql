-- More kinds of non-council partner: police and fire bodies, national park authorities, combined authorities,
-- town and parish councils and councils outside the UK (before, they were "public-body" or "other").
ALTER TYPE "organisation_kind" ADD VALUE 'police-fire';
ALTER TYPE "organisation_kind" ADD VALUE 'national-park';
ALTER TYPE "organisation_kind" ADD VALUE 'combined-authority';
ALTER TYPE "organisation_kind" ADD VALUE 'local-council';
ALTER TYPE "organisation_kind" ADD VALUE 'council-outside-uk';
