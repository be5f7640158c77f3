// A free-text search read as an officer means it. The query's words are split into parts: a run of words the
// directory recognises — a place (a council's name or code, a county, a region, a nation) or a synonym from the
// vocabulary's list (lib/vocabulary/search-synonyms.ts) — is one part, standing for what it names; any other
// word is a part of its own, searched as text. Every part must match (AND); a recognised part matches what it
// stands for OR its own words written in the entry. The longest recognised run wins, reading from the left.
// docs/decisions/024-search-that-understands-places-and-synonyms.md says why.
//
// Pure: the database's answers (which runs name councils, which words are stop words or already in the search
// documents) are passed in; lib/filters/search.server.ts asks for them.

import {
  NATION_LABELS,
  NATIONS,
  REGION_LABELS,
  REGIONS,
  SEARCH_SYNONYMS,
  type Nation,
  type Region,
  type ServiceAreaSlug,
} from "@/lib/vocabulary";

/** What a recognised phrase stands for; a partnership matching any of it matches the phrase. */
export interface Meaning {
  services: ServiceAreaSlug[];
  regions: Region[];
  nations: Nation[];
  /** Member organisations: a council named or coded, a county with the districts in it. */
  organisationIds: number[];
  /** The vocabulary's own words for it, searched as text as well as the phrase itself. */
  words: string[];
}

export interface SearchPart {
  /** The part's words, lower case and without accents, as typed ("south", "west"). */
  words: string[];
  /** What a recognised phrase stands for; null for a word searched as text only. */
  meaning: Meaning | null;
  /** A word the documents do not contain: it also matches the documents' words similar to it (typos). */
  forgiving: boolean;
}

export interface SearchPlan {
  /** Every part must match. None: the query has only stop words ("the"), and asks for nothing. */
  parts: SearchPart[];
}

/** What the database knows of one word of a query. */
export interface WordFacts {
  /** Full-text search ignores it ("the", "it"). */
  stop: boolean;
  /** Some search document has it: it is not a typo, and needs no forgiving. */
  known: boolean;
}

/** More words than anyone types: the rest are ignored. */
export const MAX_SEARCH_WORDS = 16;
/** The longest phrase recognised, in words ("Council of the Isles of Scilly"). */
export const MAX_PHRASE_WORDS = 8;
/** Words this short are never forgiven: trigram similarity on them finds mostly noise. */
export const MIN_FORGIVING_LENGTH = 4;

/** A query's words: lower case, accents removed, anything but letters and digits a break. */
export function searchWords(q: string): string[] {
  return q
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

/** How a phrase is looked up: its words without "and" ("R&B", "r and b" and "R & B" are all "r b"). */
export function phraseKey(words: readonly string[]): string {
  return words.filter((word) => word !== "and").join(" ");
}

export function emptyMeaning(): Meaning {
  return { services: [], regions: [], nations: [], organisationIds: [], words: [] };
}

/** Two meanings of one phrase together ("London": the region, and the City of London's name). */
export function mergeMeanings(a: Meaning, b: Meaning): Meaning {
  const union = <T>(x: readonly T[], y: readonly T[]) => [...new Set([...x, ...y])];
  return {
    services: union(a.services, b.services),
    regions: union(a.regions, b.regions),
    nations: union(a.nations, b.nations),
    organisationIds: union(a.organisationIds, b.organisationIds),
    words: union(a.words, b.words),
  };
}

/** The vocabulary's phrases: the synonyms, and the regions' and nations' names. */
export const VOCABULARY_PHRASES: ReadonlyMap<string, Meaning> = (() => {
  const phrases = new Map<string, Meaning>();
  const add = (phrase: string, meaning: Partial<Meaning>) => {
    const key = phraseKey(searchWords(phrase));
    phrases.set(key, mergeMeanings(phrases.get(key) ?? emptyMeaning(), { ...emptyMeaning(), ...meaning }));
  };
  for (const region of REGIONS) add(REGION_LABELS[region], { regions: [region] });
  for (const nation of NATIONS) add(NATION_LABELS[nation], { nations: [nation] });
  for (const synonym of SEARCH_SYNONYMS) {
    for (const phrase of synonym.phrases) {
      add(phrase, {
        services: [...(synonym.services ?? [])],
        regions: [...(synonym.regions ?? [])],
        nations: [...(synonym.nations ?? [])],
        words: [...(synonym.words ?? [])],
      });
    }
  }
  return phrases;
})();

/**
 * The query's parts. `placeOf` gives what the database recognises a phrase (by its key) as: a council's name or
 * code, a county; `factsOf` what it knows of a word. Stop words outside a phrase are left out, and a part said
 * twice counts once.
 */
export function planSearch(
  q: string,
  placeOf: (key: string) => Meaning | undefined,
  factsOf: (word: string) => WordFacts,
): SearchPlan {
  const words = searchWords(q);
  const parts: SearchPart[] = [];
  const seen = new Set<string>();
  const meaningOf = (key: string) => {
    const vocabulary = VOCABULARY_PHRASES.get(key);
    const place = placeOf(key);
    return vocabulary && place ? mergeMeanings(vocabulary, place) : (vocabulary ?? place);
  };
  for (let start = 0; start < words.length;) {
    if (words[start] === "and") {
      start += 1;
      continue;
    }
    let end = Math.min(words.length, start + MAX_PHRASE_WORDS);
    let meaning: Meaning | undefined;
    for (; end > start; end -= 1) {
      if (words[end - 1] === "and") continue;
      meaning = meaningOf(phraseKey(words.slice(start, end)));
      if (meaning) break;
    }
    const partWords = meaning ? words.slice(start, end) : [words[start]!];
    start = meaning ? end : start + 1;
    const key = phraseKey(partWords);
    if (seen.has(key)) continue;
    seen.add(key);
    if (meaning) {
      parts.push({ words: partWords, meaning, forgiving: false });
      continue;
    }
    const word = partWords[0]!;
    const facts = factsOf(word);
    if (facts.stop) continue;
    parts.push({ words: [word], meaning: null, forgiving: !facts.known && word.length >= MIN_FORGIVING_LENGTH });
  }
  return { parts };
}
