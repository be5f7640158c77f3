-- Extensions the search uses: trigram similarity for typo tolerance, unaccent for accent-insensitive matching.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "organisation_kind" AS ENUM ('council', 'company', 'nhs-body', 'voluntary', 'public-body', 'education', 'other');

-- CreateEnum
CREATE TYPE "council_type" AS ENUM ('county', 'district', 'unitary', 'metropolitan-district', 'london-borough', 'city-corporation', 'scottish-council', 'welsh-council', 'ni-district');

-- CreateEnum
CREATE TYPE "council_tier" AS ENUM ('upper', 'lower', 'unitary');

-- CreateEnum
CREATE TYPE "nation" AS ENUM ('england', 'scotland', 'wales', 'northern-ireland');

-- CreateEnum
CREATE TYPE "region" AS ENUM ('north-east', 'north-west', 'yorkshire-and-the-humber', 'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east', 'south-west');

-- CreateEnum
CREATE TYPE "partnership_status" AS ENUM ('active', 'ended', 'planned', 'unknown');

-- CreateEnum
CREATE TYPE "member_role" AS ENUM ('lead', 'member', 'provider');

-- CreateEnum
CREATE TYPE "savings_basis" AS ENUM ('annual', 'cumulative', 'projected-total', 'projected-annual');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('year', 'month', 'day');

-- CreateEnum
CREATE TYPE "revision_action" AS ENUM ('create', 'update', 'delete', 'verify');

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "kind" "organisation_kind" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "official_name" TEXT,
    "gss" TEXT,
    "former_gss_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "registry_code" TEXT,
    "council_type" "council_type",
    "tier" "council_tier",
    "nation" "nation",
    "region" "region",
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "population" INTEGER,
    "area_km2" DOUBLE PRECISION,
    "homepage_url" TEXT,
    "start_date" DATE,
    "end_date" DATE,
    "county_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "succession" (
    "predecessor_id" INTEGER NOT NULL,
    "successor_id" INTEGER NOT NULL,

    CONSTRAINT "succession_pkey" PRIMARY KEY ("predecessor_id","successor_id")
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "service_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_type" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "model_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnership" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "model_type_id" INTEGER NOT NULL,
    "status" "partnership_status" NOT NULL,
    "start_year" INTEGER,
    "end_year" INTEGER,
    "contact_email" TEXT,
    "contact_url" TEXT,
    "source_notes" TEXT,
    "last_verified_on" DATE,
    "last_verified_precision" "date_precision",
    "annualised_savings_gbp" BIGINT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "partnership_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" "member_role" NOT NULL DEFAULT 'member',
    "note" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("partnership_id","organisation_id")
);

-- CreateTable
CREATE TABLE "partnership_service_area" (
    "partnership_id" INTEGER NOT NULL,
    "service_area_id" INTEGER NOT NULL,

    CONSTRAINT "partnership_service_area_pkey" PRIMARY KEY ("partnership_id","service_area_id")
);

-- CreateTable
CREATE TABLE "savings_claim" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "amount_gbp" BIGINT NOT NULL,
    "basis" "savings_basis" NOT NULL,
    "period_years" DOUBLE PRECISION,
    "annualised_gbp" BIGINT,
    "note" TEXT,
    "source_url" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "savings_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" SERIAL NOT NULL,
    "partnership_id" INTEGER,
    "partnership_slug" TEXT NOT NULL,
    "action" "revision_action" NOT NULL,
    "actor" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_gss_key" ON "organisation"("gss");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_registry_code_key" ON "organisation"("registry_code");

-- CreateIndex
CREATE INDEX "organisation_kind_idx" ON "organisation"("kind");

-- CreateIndex
CREATE INDEX "organisation_council_type_idx" ON "organisation"("council_type");

-- CreateIndex
CREATE INDEX "organisation_nation_idx" ON "organisation"("nation");

-- CreateIndex
CREATE INDEX "organisation_region_idx" ON "organisation"("region");

-- CreateIndex
CREATE INDEX "organisation_former_gss_codes_idx" ON "organisation" USING GIN ("former_gss_codes");

-- CreateIndex
CREATE INDEX "organisation_name_trgm_idx" ON "organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "succession_successor_id_idx" ON "succession"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_area_slug_key" ON "service_area"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "service_area_label_key" ON "service_area"("label");

-- CreateIndex
CREATE UNIQUE INDEX "model_type_slug_key" ON "model_type"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "model_type_label_key" ON "model_type"("label");

-- CreateIndex
CREATE UNIQUE INDEX "partnership_slug_key" ON "partnership"("slug");

-- CreateIndex
CREATE INDEX "partnership_model_type_id_idx" ON "partnership"("model_type_id");

-- CreateIndex
CREATE INDEX "partnership_status_idx" ON "partnership"("status");

-- CreateIndex
CREATE INDEX "partnership_start_year_idx" ON "partnership"("start_year");

-- CreateIndex
CREATE INDEX "partnership_annualised_savings_gbp_idx" ON "partnership"("annualised_savings_gbp");

-- CreateIndex
CREATE INDEX "partnership_name_idx" ON "partnership"("name");

-- CreateIndex
CREATE INDEX "partnership_search_vector_idx" ON "partnership" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "partnership_search_text_trgm_idx" ON "partnership" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "membership_organisation_id_idx" ON "membership"("organisation_id");

-- CreateIndex
CREATE INDEX "partnership_service_area_service_area_id_idx" ON "partnership_service_area"("service_area_id");

-- CreateIndex
CREATE INDEX "savings_claim_partnership_id_idx" ON "savings_claim"("partnership_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_partnership_id_url_key" ON "source"("partnership_id", "url");

-- CreateIndex
CREATE INDEX "revision_partnership_id_created_at_idx" ON "revision"("partnership_id", "created_at");

-- CreateIndex
CREATE INDEX "revision_partnership_slug_idx" ON "revision"("partnership_slug");

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_county_id_fkey" FOREIGN KEY ("county_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession" ADD CONSTRAINT "succession_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "succession" ADD CONSTRAINT "succession_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership" ADD CONSTRAINT "partnership_model_type_id_fkey" FOREIGN KEY ("model_type_id") REFERENCES "model_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_service_area" ADD CONSTRAINT "partnership_service_area_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnership_service_area" ADD CONSTRAINT "partnership_service_area_service_area_id_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "savings_claim" ADD CONSTRAINT "savings_claim_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- What must hold, enforced by the database itself.
ALTER TABLE "organisation"
  ADD CONSTRAINT "organisation_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "organisation_name_present" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "organisation_gss_format" CHECK ("gss" IS NULL OR "gss" ~ '^[EWSNK][0-9]{8}$'),
  ADD CONSTRAINT "organisation_council_has_gss" CHECK ("kind" <> 'council' OR "gss" IS NOT NULL),
  ADD CONSTRAINT "organisation_latitude_range" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "organisation_longitude_range" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "organisation_population_non_negative" CHECK ("population" IS NULL OR "population" >= 0),
  ADD CONSTRAINT "organisation_area_non_negative" CHECK ("area_km2" IS NULL OR "area_km2" >= 0),
  ADD CONSTRAINT "organisation_dates_ordered" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");

ALTER TABLE "succession"
  ADD CONSTRAINT "succession_not_self" CHECK ("predecessor_id" <> "successor_id");

ALTER TABLE "service_area"
  ADD CONSTRAINT "service_area_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "model_type"
  ADD CONSTRAINT "model_type_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "partnership"
  ADD CONSTRAINT "partnership_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "partnership_name_present" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "partnership_start_year_range" CHECK ("start_year" IS NULL OR "start_year" BETWEEN 1800 AND 2100),
  ADD CONSTRAINT "partnership_end_year_range" CHECK ("end_year" IS NULL OR "end_year" BETWEEN 1800 AND 2100),
  ADD CONSTRAINT "partnership_years_ordered" CHECK ("end_year" IS NULL OR "start_year" IS NULL OR "end_year" >= "start_year"),
  ADD CONSTRAINT "partnership_annualised_savings_non_negative" CHECK ("annualised_savings_gbp" IS NULL OR "annualised_savings_gbp" >= 0),
  ADD CONSTRAINT "partnership_contact_email_format" CHECK ("contact_email" IS NULL OR "contact_email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  ADD CONSTRAINT "partnership_contact_url_format" CHECK ("contact_url" IS NULL OR "contact_url" ~ '^https?://'),
  ADD CONSTRAINT "partnership_verified_precision" CHECK (("last_verified_on" IS NULL) = ("last_verified_precision" IS NULL));

ALTER TABLE "membership"
  ADD CONSTRAINT "membership_position_non_negative" CHECK ("position" >= 0);

ALTER TABLE "savings_claim"
  ADD CONSTRAINT "savings_claim_amount_non_negative" CHECK ("amount_gbp" >= 0),
  ADD CONSTRAINT "savings_claim_annualised_non_negative" CHECK ("annualised_gbp" IS NULL OR "annualised_gbp" >= 0),
  ADD CONSTRAINT "savings_claim_period_positive" CHECK ("period_years" IS NULL OR "period_years" > 0),
  ADD CONSTRAINT "savings_claim_source_url_format" CHECK ("source_url" IS NULL OR "source_url" ~ '^https?://');

ALTER TABLE "source"
  ADD CONSTRAINT "source_url_format" CHECK ("url" ~ '^https?://');

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes and generated text.
CREATE FUNCTION "directory_unaccent"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The search document of a partnership: its own text plus its partners' names and its service-area labels.
CREATE FUNCTION "partnership_search_refresh"() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  partners text;
  services text;
BEGIN
  SELECT coalesce(string_agg(o.name || coalesce(' ' || o.official_name, ''), ' ' ORDER BY m.position), '')
    INTO partners
    FROM membership m JOIN organisation o ON o.id = m.organisation_id
   WHERE m.partnership_id = NEW.id;
  SELECT coalesce(string_agg(s.label, ' ' ORDER BY s.sort_order), '')
    INTO services
    FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
   WHERE ps.partnership_id = NEW.id;
  NEW.search_text := lower(directory_unaccent(concat_ws(' ', NEW.name, NEW.summary, partners, services)));
  NEW.search_vector :=
       setweight(to_tsvector('english', directory_unaccent(NEW.name)), 'A')
    || setweight(to_tsvector('english', directory_unaccent(partners)), 'B')
    || setweight(to_tsvector('english', directory_unaccent(services)), 'B')
    || setweight(to_tsvector('english', directory_unaccent(NEW.summary)), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER "partnership_search_refresh"
  BEFORE INSERT OR UPDATE OF "name", "summary", "search_text" ON "partnership"
  FOR EACH ROW EXECUTE FUNCTION "partnership_search_refresh"();

-- Changes to members, service areas or names rewrite the search document of the partnerships concerned.
-- Statement-level triggers keep bulk loads to one refresh per partnership.
CREATE FUNCTION "partnership_search_touch_from_rows"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE partnership p SET search_text = '' WHERE p.id IN (SELECT DISTINCT partnership_id FROM changed_new);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE partnership p SET search_text = '' WHERE p.id IN (SELECT DISTINCT partnership_id FROM changed_old);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "membership_search_insert" AFTER INSERT ON "membership"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();
CREATE TRIGGER "membership_search_update" AFTER UPDATE ON "membership"
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();
CREATE TRIGGER "membership_search_delete" AFTER DELETE ON "membership"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();
CREATE TRIGGER "partnership_service_area_search_insert" AFTER INSERT ON "partnership_service_area"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();
CREATE TRIGGER "partnership_service_area_search_update" AFTER UPDATE ON "partnership_service_area"
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();
CREATE TRIGGER "partnership_service_area_search_delete" AFTER DELETE ON "partnership_service_area"
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION "partnership_search_touch_from_rows"();

CREATE FUNCTION "partnership_search_touch_from_names"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'organisation' THEN
    UPDATE partnership p SET search_text = ''
     WHERE p.id IN (SELECT m.partnership_id FROM membership m WHERE m.organisation_id = NEW.id);
  ELSE
    UPDATE partnership p SET search_text = ''
     WHERE p.id IN (SELECT ps.partnership_id FROM partnership_service_area ps WHERE ps.service_area_id = NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "organisation_name_search" AFTER UPDATE OF "name", "official_name" ON "organisation"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.official_name IS DISTINCT FROM NEW.official_name)
  EXECUTE FUNCTION "partnership_search_touch_from_names"();
CREATE TRIGGER "service_area_label_search" AFTER UPDATE OF "label" ON "service_area"
  FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label)
  EXECUTE FUNCTION "partnership_search_touch_from_names"();
