import "server-only";

// What the database knows of a search's words (lib/filters/search.ts reads the query with it): which runs of
// words name councils — by name or official name, a county standing for itself and the districts in it — and,
// for each word, whether full-text search ignores it and whether any search document already has it (one small
// statement over the word list). Codes come from the one council resolver.

import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import type { ResolvedCouncil } from "@/lib/councils/resolve.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { GSS_CODE_PATTERN } from "@/lib/vocabulary";
import {
  emptyMeaning,
  mergeMeanings,
  phraseKey,
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

/** Phrase keys (search.ts) of the councils' names and official names, each with the councils it names. */
type Gazetteer = Map<string, number[]>;

/**
 * Councils change only when the data set is loaded or imported: their names are read once per connection and
 * kept for a few minutes, so a search costs no statement for them.
 */
const GAZETTEER_TTL_MS = 5 * 60_000;
const gazetteers = new WeakMap<object, { readAt: number; gazetteer: Promise<Gazetteer> }>();

function gazetteerOf(db: SqlConnection): Promise<Gazetteer> {
  const cached = gazetteers.get(db);
  if (cached && Date.now() - cached.readAt < GAZETTEER_TTL_MS) return cached.gazetteer;
  const gazetteer = readGazetteer(db);
  gazetteers.set(db, { readAt: Date.now(), gazetteer });
  gazetteer.catch(() => gazetteers.delete(db));
  return gazetteer;
}

/** Every council by its name and official name ("Buckinghamshire County" also as "Buckinghamshire"); a county with the districts in it. */
async function readGazetteer(db: SqlConnection): Promise<Gazetteer> {
  const councils = await rowsOf<{ id: number; name: string; officialName: string | null; districts: number[] }>(
    db,
    Prisma.sql`SELECT o.id, o.name, o.official_name AS "officialName",
        ARRAY(SELECT d.id FROM organisation d WHERE d.county_id = o.id ORDER BY d.id) AS districts
      FROM organisation o WHERE o.kind = 'council' ORDER BY o.id`,
  );
  const gazetteer: Gazetteer = new Map();
  for (const { id, name, officialName, districts } of councils) {
    for (const written of [name, name.replace(/\s+County$/, ""), officialName ?? ""]) {
      const key = phraseKey(searchWords(written));
      if (key) gazetteer.set(key, [...new Set([...(gazetteer.get(key) ?? []), id, ...districts])]);
    }
  }
  return gazetteer;
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
  const [places, facts] = await Promise.all([gazetteerOf(db), factsOfWords(db, [...new Set(words)])]);
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
