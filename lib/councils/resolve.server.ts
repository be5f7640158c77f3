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
  // No name holds a NUL, and PostgreSQL text cannot: it is dropped rather than sent.
  const text = typed.normalize("NFC").replaceAll("\u0000", "").replace(/\s+/g, " ").trim();
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

/**
 * One step back through reorganisations: `predecessor` is an abolished council whose area became (part of)
 * `successor`'s, directly or through councils abolished in turn (Taunton Deane → Somerset West and Taunton →
 * Somerset). A council split between several successors has a link to each (Cumbria → Cumberland, and →
 * Westmorland and Furness).
 */
export type SuccessionLink = { predecessor: SuccessionCouncil; successor: SuccessionCouncil & { current: boolean } };
export type SuccessionCouncil = { id: number; gss: string; name: string; abolishedOn: string | null };

/** Every reorganisation is at most this many steps deep; a cycle in the data stops here instead of looping. */
const MAX_SUCCESSION_DEPTH = 10;

/**
 * The succession links whose successor is one of `successorIds` (every link the directory holds, when none are
 * given), each pair once. Read with the resolver so that a code, its council and the councils it replaced are
 * one idea: the filter's `council`, the council pages and the map all ask here.
 */
export async function successionLinks(db: SqlConnection, successorIds?: readonly number[]): Promise<SuccessionLink[]> {
  if (successorIds?.length === 0) return [];
  type Row = {
    p_id: number;
    p_gss: string;
    p_name: string;
    p_end: string | null;
    s_id: number;
    s_gss: string;
    s_name: string;
    s_end: string | null;
    s_current: boolean;
  };
  const rows = await rowsOf<Row>(
    db,
    Prisma.sql`
      WITH RECURSIVE chain(successor_id, predecessor_id, depth) AS (
        SELECT s.successor_id, s.predecessor_id, 1 FROM succession s
         ${successorIds ? Prisma.sql`WHERE s.successor_id = ANY(${successorIds as number[]}::int[])` : Prisma.empty}
        UNION
        SELECT chain.successor_id, s.predecessor_id, chain.depth + 1
          FROM chain JOIN succession s ON s.successor_id = chain.predecessor_id
         WHERE chain.depth < ${MAX_SUCCESSION_DEPTH}
      )
      SELECT DISTINCT p.id AS p_id, p.gss AS p_gss, p.name AS p_name, p.end_date::text AS p_end,
             s.id AS s_id, s.gss AS s_gss, s.name AS s_name, s.end_date::text AS s_end,
             (s.end_date IS NULL AND NOT EXISTS (SELECT 1 FROM succession n WHERE n.predecessor_id = s.id)) AS s_current
        FROM chain
        JOIN organisation p ON p.id = chain.predecessor_id AND p.gss IS NOT NULL
        JOIN organisation s ON s.id = chain.successor_id AND s.gss IS NOT NULL
       ORDER BY s_name, p_name`,
  );
  return rows.map((row) => ({
    predecessor: { id: row.p_id, gss: row.p_gss, name: row.p_name, abolishedOn: row.p_end },
    successor: { id: row.s_id, gss: row.s_gss, name: row.s_name, abolishedOn: row.s_end, current: row.s_current },
  }));
}
