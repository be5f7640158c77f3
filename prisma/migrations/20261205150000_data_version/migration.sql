-- The version of the data the directory publishes: raised by every statement that changes a published table,
-- in the statement's own transaction, so it becomes visible — on the primary and on its streaming replicas —
-- together with the change. Responses are validated by it (ETag), caches are dropped when it moves, and
-- pg_notify tells every web instance at once (docs/decisions/021-replicas-and-the-data-version.md).

-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- One row only.
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id", "version") VALUES (true, 1);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The writers' turn first (lib/partnerships/write.server.ts takes it too), then the row: every writer takes
  -- the two locks in the same order, so two writers wait for each other instead of deadlocking.
  PERFORM pg_advisory_xact_lock(hashtext('directory writer'));
  UPDATE data_version SET version = version + 1, changed_at = now() WHERE id;
  -- Delivered at commit, once per transaction (identical notifications are folded into one).
  PERFORM pg_notify('directory_data_version', '');
  RETURN NULL;
END
$$;

-- On every published table: partnerships and what they are made of, their revisions, and the organisations,
-- successions, service areas and model types they refer to.
DO $$
DECLARE
  published text;
BEGIN
  FOREACH published IN ARRAY ARRAY['partnership', 'membership', 'partnership_service_area', 'savings_claim',
                                   'source', 'revision', 'organisation', 'succession', 'service_area', 'model_type',
                                   'partnership_link']
  LOOP
    EXECUTE format('CREATE TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', published);
  END LOOP;
END
$$;
