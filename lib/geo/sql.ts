// The distance in SQL: the migration's `directory_distance_km`, the same formula and radius as distance.ts.

import { Prisma } from "@/lib/generated/prisma/client";

/** SQL for the latitude and longitude of a point: columns of a row (`alias`) or values. */
export type PointSql = { latitude: Prisma.Sql; longitude: Prisma.Sql };

/** The point of the organisation row named `alias` in a query. */
export function pointOf(alias: string): PointSql {
  return { latitude: Prisma.raw(`${alias}.latitude`), longitude: Prisma.raw(`${alias}.longitude`) };
}

/** A point given by its coordinates, as query parameters. */
export function pointAt(latitude: number, longitude: number): PointSql {
  return { latitude: Prisma.sql`${latitude}::float8`, longitude: Prisma.sql`${longitude}::float8` };
}

/** Kilometres between two points, in SQL (null when either has no point). */
export function distanceKmSql(from: PointSql, to: PointSql): Prisma.Sql {
  return Prisma.sql`directory_distance_km(${from.latitude}, ${from.longitude}, ${to.latitude}, ${to.longitude})`;
}
