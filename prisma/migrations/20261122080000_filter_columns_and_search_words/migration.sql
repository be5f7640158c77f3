-- Filter columns and a word list for typo-tolerant search.
--
-- Each partnership carries, maintained by its search trigger, the ids of its member organisations, the distinct
-- nations, regions and council types among them and the ids of its service areas. The directory's filters and
-- facet counts read these from the partnership row (GIN indexes) instead of joining memberships and councils
-- for every partnership a search considers.
--
-- search_word holds every word of every search document. A query word that may be misspelt is matched against
-- it by trigram similarity, and the documents are then found through the full-text index by the words found,
-- instead of comparing the query word with every matching document's whole text (whose trigram index goes).

-- AlterTable
ALTER TABLE "partnership" ADD COLUMN     "member_council_types" "council_type"[] DEFAULT ARRAY[]::"council_type"[],
ADD COLUMN     "member_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "member_nations" "nation"[] DEFAULT ARRAY[]::"nation"[],
ADD COLUMN     "member_regions" "region"[] DEFAULT ARRAY[]::"region"[],
ADD COLUMN     "service_area_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "search_word" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_word_pkey" PRIMARY KEY ("word")
);

-- Typo tolerance no longer compares query words with whole search documents.
DROP INDEX "partnership_search_text_trgm_idx";

-- CreateIndex
CREATE INDEX "search_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "partnership_member_ids_idx" ON "partnership" USING GIN ("member_ids");

-- CreateIndex
CREATE INDEX "partnership_member_nations_idx" ON "partnership" USING GIN ("member_nations");

-- CreateIndex
CREATE INDEX "partnership_member_regions_idx" ON "partnership" USING GIN ("member_regions");

-- CreateIndex
CREATE INDEX "partnership_member_council_types_idx" ON "partnership" USING GIN ("member_council_types");

-- CreateIndex
CREATE INDEX "partnership_service_area_ids_idx" ON "partnership" USING GIN ("service_area_ids");

-- A text as search reads it: accents removed, and anything but letters and digits a break between words, as the
-- directory splits a query. "evil.example" or "Stockton-on-Tees" are then words a query's words can find (the
-- full-text parser would otherwise keep a host name or a compound whole).
CREATE FUNCTION "directory_search_words"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(directory_unaccent($1), '[^[:alnum:]]+', ' ', 'g') $$;

-- The search document and the filter columns of a partnership, from its members and service areas. Fires on
-- insert and when name, summary or search_text change; the membership, service-area and organisation triggers
-- set search_text to '' to have it rebuilt.
CREATE OR REPLACE FUNCTION "partnership_search_refresh"() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  partners text;
  services text;
BEGIN
  SELECT coalesce(string_agg(o.name || coalesce(' ' || o.official_name, ''), ' ' ORDER BY m.position), ''),
         coalesce(array_agg(o.id ORDER BY o.id), '{}'),
         coalesce(array_agg(DISTINCT o.nation ORDER BY o.nation) FILTER (WHERE o.nation IS NOT NULL), '{}'),
         coalesce(array_agg(DISTINCT o.region ORDER BY o.region) FILTER (WHERE o.region IS NOT NULL), '{}'),
         coalesce(array_agg(DISTINCT o.council_type ORDER BY o.council_type) FILTER (WHERE o.council_type IS NOT NULL), '{}')
    INTO partners, NEW.member_ids, NEW.member_nations, NEW.member_regions, NEW.member_council_types
    FROM membership m JOIN organisation o ON o.id = m.organisation_id
   WHERE m.partnership_id = NEW.id;
  SELECT coalesce(string_agg(s.label, ' ' ORDER BY s.sort_order), ''),
         coalesce(array_agg(s.id ORDER BY s.id), '{}')
    INTO services, NEW.service_area_ids
    FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
   WHERE ps.partnership_id = NEW.id;
  NEW.search_text := lower(directory_unaccent(concat_ws(' ', NEW.name, NEW.summary, partners, services)));
  NEW.search_vector :=
       setweight(to_tsvector('english', directory_search_words(NEW.name)), 'A')
    || setweight(to_tsvector('english', directory_search_words(partners)), 'B')
    || setweight(to_tsvector('english', directory_search_words(services)), 'B')
    || setweight(to_tsvector('english', directory_search_words(NEW.summary)), 'C');
  RETURN NEW;
END $$;

-- A council's nation, region or type changing changes the filter columns of its partnerships.
CREATE TRIGGER "organisation_filters_search" AFTER UPDATE OF "nation", "region", "council_type" ON "organisation"
  FOR EACH ROW WHEN (OLD.nation IS DISTINCT FROM NEW.nation OR OLD.region IS DISTINCT FROM NEW.region
    OR OLD.council_type IS DISTINCT FROM NEW.council_type)
  EXECUTE FUNCTION "partnership_search_touch_from_names"();

-- New words of written search documents go into search_word (split as directory_search_words splits them) (in word order, so concurrent writers take the
-- word locks in the same order). Statement-level: a bulk load adds its words once per statement.
CREATE FUNCTION "search_word_collect"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_word (word)
  SELECT DISTINCT w.word
    FROM changed_new, regexp_split_to_table(changed_new.search_text, '[^[:alnum:]]+') AS w(word)
   WHERE length(w.word) >= 3
   ORDER BY w.word
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "partnership_search_words_insert" AFTER INSERT ON "partnership"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "search_word_collect"();
CREATE TRIGGER "partnership_search_words_update" AFTER UPDATE ON "partnership"
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION "search_word_collect"();

-- OR of full-text queries: the aggregate form of tsquery's || operator.
CREATE AGGREGATE "directory_tsquery_any"(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);

-- The full-text query for one word of a search, forgiving typos: the word itself, or any word of the search
-- documents whose trigram word similarity to it reaches pg_trgm.word_similarity_threshold (0.6 by default).
-- "chelteham" gives cheltenham's query, "partnershp" partnership's.
CREATE FUNCTION "directory_forgiving_tsquery"(text) RETURNS tsquery
  LANGUAGE sql STABLE PARALLEL SAFE STRICT
  AS $$
    SELECT directory_tsquery_any(plainto_tsquery('english', words.word))
      FROM (SELECT lower(directory_unaccent($1))
            UNION
            SELECT s.word FROM search_word s WHERE lower(directory_unaccent($1)) <% s.word) AS words(word)
  $$;

-- Fill the new columns and the word list for the partnerships already here.
UPDATE "partnership" SET "search_text" = '';
