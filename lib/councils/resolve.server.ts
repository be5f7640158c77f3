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

/** A council a name may mean, and whether it is current. */
export type NamedCouncil = ResolvedCouncil & { current: boolean };

// What people add to a council's name that the directory's names leave out: "Cheltenham Borough Council".
const COUNCIL_SUFFIX = /\s+(?:borough |district |county |city |metropolitan borough )?council$/i;

/**
 * The councils a typed name may mean: those whose name or official name it is (case, accents and a trailing
 * "council" ignored), or else those whose name begins with it or contains it ("Newcastle"). Current councils are
 * preferred: an abolished one is offered only when no current one matches. One council is an answer; several are
 * for the person to choose between; none is a name the directory does not know.
 */
export async function councilsNamed(db: SqlConnection, typed: string): Promise<NamedCouncil[]> {
  const text = typed.normalize("NFC").replace(/\s+/g, " ").trim();
  if (text === "") return [];
  const bare = text.replace(COUNCIL_SUFFIX, "");
  const rows = await rowsOf<NamedCouncil & { exact: boolean }>(
    db,
    Prisma.sql`
      WITH typed AS (
        SELECT lower(directory_unaccent(${text}::text)) AS full_name, lower(directory_unaccent(${bare}::text)) AS bare
      )
      SELECT o.id, o.gss, o.slug, o.name, o.latitude, o.longitude, false AS "viaFormerCode",
             o.end_date IS NULL AS current,
             (n.name IN (t.full_name, t.bare) OR n.official IN (t.full_name, t.bare)) AS exact
        FROM organisation o
             CROSS JOIN typed t
             CROSS JOIN LATERAL (SELECT lower(directory_unaccent(o.name)) AS name,
                                        lower(directory_unaccent(coalesce(o.official_name, ''))) AS official) n
       WHERE o.kind = 'council' AND o.gss IS NOT NULL
         AND (n.name IN (t.full_name, t.bare) OR n.official IN (t.full_name, t.bare)
              OR (length(t.bare) >= 3 AND strpos(n.name, t.bare) > 0))
       ORDER BY o.name, o.id`,
  );
  const exact = rows.filter((row) => row.exact);
  const matches = exact.length > 0 ? exact : rows;
  const current = matches.filter((row) => row.current);
  return (current.length > 0 ? current : matches).map((row) => {
    const council: NamedCouncil & { exact?: boolean } = { ...row };
    delete council.exact;
    return council;
  });
}
