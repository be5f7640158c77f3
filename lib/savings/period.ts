// How many years a savings figure covers, read from the free-text note that accompanies it
// ("over 12 years to 2020", "2012-2017", "since 2011, reported Feb 2018", "by 2018/19", ...).

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  "twenty-five": 25,
  thirty: 30,
};

const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const YEAR = "((?:19|20)\\d{2})";
// "March 2013", "Oct 2019", "early 2012", "c.2017": what may stand between "to"/"by" and a year.
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WHEN = `(?:(?:early|mid|late|the end of|end of|c\\.)\\s*)?(?:${MONTH}\\s+)?`;

const PATTERNS = {
  // "over 12 years", "over the two years", "within three years", "in first two years", "over the 8.5-year agreement".
  yearsCovered: new RegExp(
    `\\b(?:over|across|within|during|in|for)\\s+(?:the\\s+)?(?:first\\s+)?${NUMBER}[-\\s]years?\\b`,
  ),
  // "first eight years of the contracts".
  firstYears: new RegExp(`\\bfirst\\s+${NUMBER}[-\\s]years?\\b`),
  // "rising to £9.2m by year five".
  byYearN: new RegExp(`\\bby\\s+year\\s+${NUMBER}\\b`),
  // "2012-2017", "2015–2025".
  range: new RegExp(`\\b${YEAR}\\s*-\\s*${YEAR}\\b`),
  // "from 2014 to September 2018".
  fromTo: new RegExp(`\\bfrom\\s+${YEAR}\\s+(?:to|until)\\s+${WHEN}${YEAR}\\b`),
  // "since 2011, reported Feb 2018", "since 2015, to Oct 2019".
  sinceUntil: new RegExp(`\\bsince\\s+${YEAR}\\b.*?\\b(?:reported|to|until)\\s+(?:in\\s+)?${WHEN}${YEAR}\\b`),
  // "to March 2013", "to 2011", "to early 2012": needs the partnership's start year.
  toYear: new RegExp(`\\b(?:to|until)\\s+${WHEN}${YEAR}\\b`),
  // "by 2020", "by 2018/19" (a financial year ends in its second year).
  byYear: new RegExp(`\\bby\\s+${WHEN}${YEAR}(?:\\/(\\d{2}))?\\b`),
} as const;

function numberFrom(text: string): number {
  return NUMBER_WORDS[text] ?? Number(text);
}

function positive(years: number): number | null {
  return Number.isFinite(years) && years > 0 ? years : null;
}

/** "2018/19" ends in 2019; "1999/00" in 2000. */
function financialYearEnd(startYear: number, endDigits: string): number {
  const century = Math.floor(startYear / 100) * 100;
  const end = century + Number(endDigits);
  return end <= startYear ? end + 100 : end;
}

/**
 * The number of years a savings figure covers, from its note; null when the note does not say.
 * Text in parentheses is an aside (a business-case target, who reported it) and is ignored first.
 * An explicit length ("over 12 years") wins over dates; an end date alone ("to March 2013", "by 2020")
 * counts from the partnership's start year, so it needs one.
 */
export function periodYearsFromNote(note: string, startYear: number | null): number | null {
  const text = note
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return null;

  const explicit = PATTERNS.yearsCovered.exec(text) ?? PATTERNS.firstYears.exec(text) ?? PATTERNS.byYearN.exec(text);
  if (explicit) return positive(numberFrom(explicit[1]!));

  const range = PATTERNS.range.exec(text) ?? PATTERNS.fromTo.exec(text) ?? PATTERNS.sinceUntil.exec(text);
  if (range) return positive(Number(range[2]) - Number(range[1]));

  if (startYear === null) return null;
  const to = PATTERNS.toYear.exec(text);
  if (to) return positive(Number(to[1]) - startYear);
  const by = PATTERNS.byYear.exec(text);
  if (by) {
    const year = Number(by[1]);
    const end = by[2] === undefined ? year : financialYearEnd(year, by[2]);
    return positive(end - startYear);
  }
  return null;
}
