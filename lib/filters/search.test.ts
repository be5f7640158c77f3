import { describe, expect, it } from "vitest";
import { SEARCH_SYNONYMS } from "@/lib/vocabulary";
import {
  emptyMeaning,
  phraseKey,
  planSearch,
  searchWords,
  VOCABULARY_PHRASES,
  type Meaning,
  type WordFacts,
} from "./search";

const STOP = new Set(["the", "it", "of", "and", "i"]);
const KNOWN = new Set(["shared", "service", "norse"]);
const facts = (word: string): WordFacts => ({ stop: STOP.has(word), known: KNOWN.has(word) });
const places: Record<string, Partial<Meaning>> = {
  "north yorkshire": { organisationIds: [7, 8, 9] },
  cheltenham: { organisationIds: [1] },
  london: { organisationIds: [42] },
};
const placeOf = (key: string) => (places[key] ? { ...emptyMeaning(), ...places[key] } : undefined);
const plan = (q: string) => planSearch(q, placeOf, facts).parts;

describe("the synonym list", () => {
  it("gives every phrase the meaning of its entry", () => {
    for (const synonym of SEARCH_SYNONYMS) {
      for (const phrase of synonym.phrases) {
        const meaning = VOCABULARY_PHRASES.get(phraseKey(searchWords(phrase)))!;
        expect(meaning, phrase).toBeDefined();
        for (const service of synonym.services ?? []) expect(meaning.services, phrase).toContain(service);
        for (const region of synonym.regions ?? []) expect(meaning.regions, phrase).toContain(region);
        for (const nation of synonym.nations ?? []) expect(meaning.nations, phrase).toContain(nation);
      }
    }
  });

  it("stands every phrase for something, and lists each phrase once", () => {
    const phrases = SEARCH_SYNONYMS.flatMap((synonym) => synonym.phrases.map((p) => phraseKey(searchWords(p))));
    expect(phrases.filter((key, i) => phrases.indexOf(key) !== i)).toEqual([]);
    for (const synonym of SEARCH_SYNONYMS) {
      const stands = [synonym.services, synonym.regions, synonym.nations, synonym.words].some((x) => x?.length);
      expect(stands, synonym.phrases[0]).toBe(true);
    }
  });
});

describe("planSearch", () => {
  it("reads a synonym as one part, however R&B is written", () => {
    for (const q of ["R&B", "r and b", "R & B", "revs and bens", "Revs & Bens"]) {
      const parts = plan(q);
      expect(parts, q).toHaveLength(1);
      expect(parts[0]!.meaning!.services, q).toEqual(["finance-revenues-benefits"]);
      expect(parts[0]!.meaning!.words, q).toEqual(["revenues benefits"]);
    }
  });

  it("takes the longest phrase, reading from the left", () => {
    expect(plan("emergency planning").map((p) => p.meaning?.services)).toEqual([["emergency-planning-resilience"]]);
    expect(plan("waste management")).toHaveLength(1);
    expect(plan("North Yorkshire")[0]!.meaning!.organisationIds).toEqual([7, 8, 9]);
    expect(plan("Yorkshire")[0]!.meaning!.regions).toEqual(["yorkshire-and-the-humber"]);
  });

  it("merges the meanings of one phrase: London the region and the council", () => {
    const [london] = plan("london");
    expect(london!.meaning).toMatchObject({ regions: ["london"], organisationIds: [42] });
  });

  it("reads IT as ICT, not as a stop word asking for nothing", () => {
    const [it] = plan("IT");
    expect(it!.meaning!.services).toEqual(["ict-digital"]);
    expect(it!.meaning!.words).toContain("ict");
  });

  it("searches other words as text: stop words dropped, unknown long words forgiving, each part once", () => {
    expect(plan("the shared Chelteham service of Cheltenham cheltenham norse bus")).toEqual([
      { words: ["shared"], meaning: null, forgiving: false },
      { words: ["chelteham"], meaning: null, forgiving: true },
      { words: ["service"], meaning: null, forgiving: false },
      { words: ["cheltenham"], meaning: { ...emptyMeaning(), organisationIds: [1] }, forgiving: false },
      { words: ["norse"], meaning: null, forgiving: false },
      { words: ["bus"], meaning: null, forgiving: false },
    ]);
    expect(plan("the of")).toEqual([]);
  });

  it("splits and normalises words as the search documents do, within limits", () => {
    expect(searchWords("Ynys Môn, Bù Dhùghlais & Stockton-on-Tees")).toEqual([
      "ynys",
      "mon",
      "bu",
      "dhughlais",
      "stockton",
      "on",
      "tees",
    ]);
    expect(searchWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(16);
  });
});
