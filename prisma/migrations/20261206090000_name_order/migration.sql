-- Names sort as a reader expects ("GO Shared Services" after "Gloucestershire…", case and accents second) on any
-- PostgreSQL server, not only on one created with an English locale: a server whose default collation is "C"
-- would otherwise sort every capital before every small letter. The ICU collation ships with PostgreSQL builds
-- that have ICU (Debian's, the official images, the embedded server); where it is missing, names keep the
-- database's own order. Triggers that name the columns (UPDATE OF "name") are set aside and made again as they
-- were, since PostgreSQL will not change a column such a trigger names.
DO $$
DECLARE
  definitions TEXT[];
  trigger_row RECORD;
  definition TEXT;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'en-GB-x-icu') THEN
    RETURN;
  END IF;
  SELECT coalesce(array_agg(pg_get_triggerdef(t.oid)), '{}') INTO definitions
    FROM pg_trigger t
   WHERE NOT t.tgisinternal AND t.tgrelid IN ('"partnership"'::regclass, '"organisation"'::regclass)
     AND array_length(t.tgattr::int2[], 1) > 0;
  FOR trigger_row IN
    SELECT t.tgname, t.tgrelid::regclass AS relation
      FROM pg_trigger t
     WHERE NOT t.tgisinternal AND t.tgrelid IN ('"partnership"'::regclass, '"organisation"'::regclass)
       AND array_length(t.tgattr::int2[], 1) > 0
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', trigger_row.tgname, trigger_row.relation);
  END LOOP;
  ALTER TABLE "partnership" ALTER COLUMN "name" TYPE TEXT COLLATE "en-GB-x-icu";
  ALTER TABLE "organisation" ALTER COLUMN "name" TYPE TEXT COLLATE "en-GB-x-icu";
  FOREACH definition IN ARRAY definitions LOOP
    EXECUTE definition;
  END LOOP;
END
$$;
