import "server-only";

// SQL fragments the council reads share: what "current" means, and text as the search compares it.
import { Prisma } from "@/lib/generated/prisma/client";

/** A council is current when it has no end date and no successor recorded (abolished councils have either). */
export function isCurrentSql(alias: string): Prisma.Sql {
  const o = Prisma.raw(alias);
  return Prisma.sql`(${o}.end_date IS NULL AND NOT EXISTS (SELECT 1 FROM succession cur_s WHERE cur_s.predecessor_id = ${o}.id))`;
}

/** Text as the search compares it: accents removed, lower case (the same normalisation as partnership search). */
export function normalisedSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(directory_unaccent(coalesce(${expression}, '')))`;
}
