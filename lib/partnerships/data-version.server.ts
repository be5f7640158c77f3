import "server-only";

import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The version of the partnership data: the latest revision's id. Every change to a partnership goes through the
 * one writer, which records a revision, so a cached value built at an older version is out of date. One index
 * lookup; every web instance reading the same database sees the same version.
 */
export async function dataVersion(db: SqlConnection): Promise<number> {
  const [row] = await rowsOf<{ version: number }>(
    db,
    Prisma.sql`SELECT coalesce(max(id), 0)::int AS version FROM revision`,
  );
  return row?.version ?? 0;
}
