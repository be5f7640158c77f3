import "server-only";

// SQL fragments the council reads share: what "current" means and how far apart two councils are.
import { Prisma } from "@/lib/generated/prisma/client";
import { EARTH_RADIUS_KM } from "./scoring";

/** A council is current when it has no end date and no successor recorded (abolished councils have either). */
export function isCurrentSql(alias: string): Prisma.Sql {
  const o = Prisma.raw(alias);
  return Prisma.sql`(${o}.end_date IS NULL AND NOT EXISTS (SELECT 1 FROM succession cur_s WHERE cur_s.predecessor_id = ${o}.id))`;
}

/**
 * Haversine distance in kilometres between the points of two organisation rows (same formula as
 * scoring.haversineKm). least(1, …) guards asin against rounding just above 1 for antipodal points.
 */
export function distanceKmSql(a: string, b: string): Prisma.Sql {
  const x = Prisma.raw(a);
  const y = Prisma.raw(b);
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
      power(sin(radians(${y}.latitude - ${x}.latitude) / 2), 2)
      + cos(radians(${x}.latitude)) * cos(radians(${y}.latitude)) * power(sin(radians(${y}.longitude - ${x}.longitude) / 2), 2)
    ))))`;
}

/** Text as the search compares it: accents removed, lower case (the same normalisation as partnership search). */
export function normalisedSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(directory_unaccent(coalesce(${expression}, '')))`;
}
