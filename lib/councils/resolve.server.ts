// The one way a GSS code becomes a council: the council whose code it is, or else the council that used to have
// it (a former code, e.g. St Albans' E07000100, or Glasgow's S12000046 before 2018). Council pages, the council
// API, the proxy that answers unknown addresses, the filter's `council` and `near`, moderators' council lines and
// the importer all ask here.
//
// Not marked `import "server-only"`: the import command runs it outside Next.js.

import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { Prisma } from "@/lib/generated/prisma/client";

export type ResolvedCouncil = {
  id: number;
  /** The council's current code. */
  gss: string;
  slug: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  /** The code asked for is one the council used to have. */
  viaFormerCode: boolean;
};

/**
 * The councils the given codes name (every code the directory knows, when none are given), by code. A code that
 * names no council is absent. A code is a council's own before it is anyone's former one.
 */
export async function resolveCouncilCodes(
  db: SqlConnection,
  codes?: readonly string[],
): Promise<Map<string, ResolvedCouncil>> {
  if (codes?.length === 0) return new Map();
  const rows = await rowsOf<ResolvedCouncil & { code: string }>(
    db,
    Prisma.sql`
      SELECT DISTINCT ON (c.code) c.code, o.id, o.gss, o.slug, o.name, o.latitude, o.longitude,
             c.code <> o.gss AS "viaFormerCode"
        FROM organisation o CROSS JOIN LATERAL unnest(ARRAY[o.gss] || o.former_gss_codes) AS c(code)
       WHERE o.kind = 'council' AND o.gss IS NOT NULL
             ${codes ? Prisma.sql`AND c.code = ANY(${codes as string[]}::text[])` : Prisma.empty}
       ORDER BY c.code, c.code = o.gss DESC, o.id`,
  );
  return new Map(rows.map(({ code, ...council }) => [code, council]));
}

/** The council a code names, or null. */
export async function resolveCouncilCode(db: SqlConnection, code: string): Promise<ResolvedCouncil | null> {
  return (await resolveCouncilCodes(db, [code])).get(code) ?? null;
}
