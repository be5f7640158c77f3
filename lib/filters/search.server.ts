import "server-only";

// What the database knows of a search's words (lib/filters/search.ts reads the query with it): which runs of
// words name councils — by name or official name, a county standing for itself and the districts in it — and,
// for each word, whether full-text search ignores it and whether any search document already has it. Two small
// statements over the councils and the word list, sent together; codes come from the one council resolver.

import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import type { ResolvedCouncil } from "@/lib/councils/resolve.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { GSS_CODE_PATTERN } from "@/lib/vocabulary";
import {
  candidatePhrases,
  emptyMeaning,
  mergeMeanings,
  planSearch,
  searchWords,
  type Meaning,
  type SearchPlan,
  type WordFacts,
} from "./search";

/** The words of a query that look like GSS codes, upper case, for the council resolver. */
export function codesIn(q: string | null): string[] {
  return q
    ? searchWords(q)
        .map((word) => word.toUpperCase())
        .filter((word) => GSS_CODE_PATTERN.test(word))
    : [];
}

/** A name as a phrase key (search.ts phraseKey): lower case, unaccented, split on anything but letters and digits, without "and". */
const nameKey = (column: Prisma.Sql) =>
  Prisma.sql`array_to_string(ARRAY(SELECT w FROM regexp_split_to_table(lower(directory_unaccent(${column})), '[^[:alnum:]]+') AS w
    WHERE w NOT IN ('', 'and')), ' ')`;

/** The councils each phrase names, by key: a county brings the districts in it. */
async function placesNamed(db: SqlConnection, keys: string[]): Promise<Map<string, number[]>> {
  const rows = await rowsOf<{ key: string; ids: number[] }>(
    db,
    Prisma.sql`WITH named AS (
        SELECT o.id, o.council_type, k.key
          FROM organisation o CROSS JOIN LATERAL (VALUES (${nameKey(Prisma.sql`o.name`)}),
            (${nameKey(Prisma.sql`o.official_name`)}),
            -- "Buckinghamshire County", abolished, is Buckinghamshire too.
            (${nameKey(Prisma.sql`regexp_replace(o.name, '[[:space:]]+County$', '')`)})) AS k(key)
         WHERE o.kind = 'council')
      SELECT n.key, array_agg(DISTINCT d.id ORDER BY d.id) AS ids
        FROM named n JOIN organisation d ON d.id = n.id OR (n.council_type = 'county' AND d.county_id = n.id)
       WHERE n.key = ANY(${keys}::text[])
       GROUP BY n.key`,
  );
  return new Map(rows.map((row) => [row.key, row.ids]));
}

async function factsOfWords(db: SqlConnection, words: string[]): Promise<Map<string, WordFacts>> {
  const rows = await rowsOf<{ word: string } & WordFacts>(
    db,
    Prisma.sql`SELECT w.word, numnode(plainto_tsquery('english', directory_unaccent(w.word))) = 0 AS stop,
        EXISTS (SELECT 1 FROM search_word s WHERE s.word = lower(directory_unaccent(w.word))) AS known
      FROM unnest(${words}::text[]) AS w(word)`,
  );
  return new Map(rows.map(({ word, stop, known }) => [word, { stop, known }]));
}

/** The plan of a query, with the database's answers; `councils` holds the codes `codesIn` found, resolved. */
export async function planSearchIn(
  db: SqlConnection,
  q: string,
  councils: ReadonlyMap<string, ResolvedCouncil>,
): Promise<SearchPlan> {
  const words = searchWords(q);
  const [places, facts] = await Promise.all([
    placesNamed(db, candidatePhrases(words)),
    factsOfWords(db, [...new Set(words)]),
  ]);
  const placeOf = (key: string): Meaning | undefined => {
    const named = places.get(key);
    const coded = councils.get(key.toUpperCase());
    if (!named && !coded) return undefined;
    return mergeMeanings(
      { ...emptyMeaning(), organisationIds: named ?? [] },
      { ...emptyMeaning(), organisationIds: coded ? [coded.id] : [] },
    );
  };
  return planSearch(q, placeOf, (word) => facts.get(word) ?? { stop: false, known: false });
}
