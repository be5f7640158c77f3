// One SQL statement, run on whichever connection the caller holds: Prisma's client (the public pages and the
// API) or the driver's pool, client or transaction (the proxy, writers, command-line tools). The statement is
// written once, as Prisma.sql with its values as parameters (docs/decisions/007-data-access.md).
//
// Not marked `import "server-only"`: the import command runs it outside Next.js.

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Queryable } from "./pool.server";

export type SqlConnection = Pick<PrismaClient, "$queryRaw"> | Queryable;

/** The rows of a statement. Types as the driver gives them: keep to int, float8, text, boolean and arrays of them. */
export async function rowsOf<T>(db: SqlConnection, query: Prisma.Sql): Promise<T[]> {
  if ("$queryRaw" in db) return db.$queryRaw<T[]>(query);
  const { rows } = await db.query(query.text, query.values);
  return rows as T[];
}
