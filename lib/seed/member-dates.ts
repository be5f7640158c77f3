// When a member joined or left a partnership, as precisely as the sources say it.
//
//   member_dates  "E07000078 joined 2015; E07000079 left 2019-03"
//                 "; "-joined "reference joined|left date" items, the date "YYYY", "YYYY-MM" or "YYYY-MM-DD".
//
// The derivation reads these from the sources' words ("Milton Keynes joined in 2016", "joined by Gloucester
// (2015)", "Stirling withdrew in 2015", "Oxfordshire County Council (from July 2015)", a partner's note
// "until 2023"). It reads only a member it can name and a date that follows the verb directly; anything else
// mentioning a join or a departure is reported as not read, never guessed.

import { lastVerifiedDate, lastVerifiedText } from "@/lib/partnerships/last-verified";
import type { DatePrecision } from "@/lib/vocabulary";
import { type ParseResult, joinList, splitList } from "./members";

export type PartialDate = { date: string; precision: DatePrecision };
export type MemberDates = { joined: PartialDate | null; left: PartialDate | null };
export const MEMBER_EVENTS = ["joined", "left"] as const;
export type MemberEvent = (typeof MEMBER_EVENTS)[number];

export function formatMemberDates(dates: ReadonlyMap<string, MemberDates>): string {
  const items: string[] = [];
  for (const [ref, member] of dates) {
    for (const event of MEMBER_EVENTS) {
      const value = member[event];
      if (value) items.push(`${ref} ${event} ${lastVerifiedText(value.date, value.precision)}`);
    }
  }
  return joinList(items);
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

export function parseMemberDates(text: string): ParseResult<Map<string, MemberDates>> {
  const dates = new Map<string, MemberDates>();
  for (const item of splitList(text)) {
    const match = /^(\S+) (joined|left) (\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(item);
    if (!match) return { ok: false, message: `"${item}" is not "reference joined|left date" (E07000078 joined 2015)` };
    const [, ref, event, text] = match as unknown as [string, string, MemberEvent, string];
    const value = lastVerifiedDate(text);
    if (!isRealDate(value.date)) return { ok: false, message: `"${text}" in "${item}" is not a date` };
    const member = dates.get(ref) ?? { joined: null, left: null };
    if (member[event]) return { ok: false, message: `${ref} ${event} more than once` };
    member[event] = value;
    if (member.joined && member.left && member.left.date < member.joined.date) {
      return { ok: false, message: `${ref} left before it joined` };
    }
    dates.set(ref, member);
  }
  return { ok: true, value: dates };
}

// ---------------------------------------------------------------------------------------------------------
// Reading dates from the sources' words
// ---------------------------------------------------------------------------------------------------------

/** A member as the text may name it: its reference and its names (any case, "&" or "and"). */
export type NamedMember = { ref: string; names: readonly string[] };
export type MemberDateReading = { dates: Map<string, MemberDates>; unread: string[] };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// "2015", "April 2012", "1 Apr 2019"; never "2018/19" or "2015-16" (a financial year says no month).
const DATE = `(?:(\\d{1,2}) )?(?:(${MONTH}) )?(\\d{4})(?![\\d/–-])`;
const JOIN_VERBS = "joined";
const LEAVE_VERBS = "left|withdrew";

function normalise(text: string): string {
  return text.toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ").trim();
}

function partialDate(day: string | undefined, month: string | undefined, year: string): PartialDate | null {
  if (!month) return day ? null : { date: `${year}-01-01`, precision: "year" };
  const mm = String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
  if (!day) return { date: `${year}-${mm}-01`, precision: "month" };
  const date = `${year}-${mm}-${day.padStart(2, "0")}`;
  return isRealDate(date) ? { date, precision: "day" } : null;
}

function memberNamed(candidate: string, members: readonly NamedMember[]): string | null {
  const text = normalise(candidate);
  const found = members.filter((member) => member.names.some((name) => normalise(name) === text));
  return found.length === 1 ? found[0]!.ref : null;
}

const WORD_LIMIT = 6;
const byLength = (a: string, b: string) => a.length - b.length;
const ADVERBS = new Set(["also", "later", "then", "formally", "subsequently"]);

/** The member named by the words ending the clause before a verb; null when the subject is not one member alone. */
function subjectBefore(text: string, members: readonly NamedMember[]): string | null {
  const words = text
    .split(/[,;.()]/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && ADVERBS.has(words.at(-1)!.toLowerCase())) words.pop();
  for (let n = Math.min(words.length, WORD_LIMIT); n > 0; n -= 1) {
    const ref = memberNamed(words.slice(words.length - n).join(" "), members);
    if (!ref) continue;
    // "A and B joined": a shared subject is not read, rather than giving the date to B alone.
    if (/^(?:and|or|with|nor)$/i.test(words[words.length - n - 1] ?? "")) return null;
    return ref;
  }
  return null;
}

/** The member named by the words starting the text (up to a date, bracket or punctuation). */
function subjectAfter(text: string, members: readonly NamedMember[]): string | null {
  const words = text
    .split(/[,;.()]| in | from /)[0]!
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  for (let n = Math.min(words.length, WORD_LIMIT); n > 0; n -= 1) {
    const ref = memberNamed(words.slice(0, n).join(" "), members);
    if (ref && n === words.length) return ref;
  }
  return null;
}

/** Reads every join and departure the text states with a member and a date; collects the rest as unread. */
export function readMemberDates(texts: readonly string[], members: readonly NamedMember[]): MemberDateReading {
  const dates = new Map<string, MemberDates>();
  const unread: string[] = [];
  const conflicts = new Set<string>();
  const record = (ref: string, event: MemberEvent, value: PartialDate | null) => {
    if (!value) return;
    const member = dates.get(ref) ?? { joined: null, left: null };
    const known = member[event];
    // "from April 2019" and "1 Apr 2019" agree: the more precise one is kept.
    const [coarse, fine] = [known, value].map((d) => (d ? lastVerifiedText(d.date, d.precision) : "")).sort(byLength);
    if (known && !fine!.startsWith(coarse!)) conflicts.add(`${ref} ${event}`);
    member[event] = !known || lastVerifiedText(value.date, value.precision) === fine ? value : known;
    dates.set(ref, member);
  };
  const dateAt = (text: string) => new RegExp(`^\\s*(?:in |from |on )?${DATE}`, "i").exec(text);

  for (const text of texts) {
    const read = new Set<number>();
    // "X joined in 2016", "X withdrew in 2015", "which X joined from August 2019", "X joined 1 Apr 2019",
    // with "and Y in April 2021" after it for the same verb.
    for (const match of text.matchAll(new RegExp(`\\b(${JOIN_VERBS}|${LEAVE_VERBS})\\b(?! by)`, "gi"))) {
      const event: MemberEvent = new RegExp(`^(?:${JOIN_VERBS})$`, "i").test(match[1]!) ? "joined" : "left";
      const ref = subjectBefore(text.slice(0, match.index), members);
      const after = text.slice(match.index + match[0].length);
      const date = dateAt(after);
      if (!ref || !date) continue;
      read.add(match.index);
      record(ref, event, partialDate(date[1], date[2], date[3]!));
      const more = new RegExp(`^ and ([^,;.()]+?) (?:in |from )${DATE}`, "i").exec(after.slice(date[0].length));
      const other = more ? subjectAfter(more[1]!, members) : null;
      if (more && other) record(other, event, partialDate(more[2], more[3], more[4]!));
    }
    // "joined by Gloucester (2015) and Stroud (2020)", "joined by Southwark in November 2017".
    for (const match of text.matchAll(/\bjoined by /gi)) {
      const rest = text.slice(match.index + match[0].length).split(/[;.]|, (?!and )/)[0]!;
      let found = false;
      for (const part of rest.split(/,? and |, /)) {
        const dated = new RegExp(`^(.+?) (?:\\(${DATE}\\)|(?:in |from )${DATE})$`, "i").exec(part.trim());
        const ref = dated ? subjectAfter(dated[1]!, members) : null;
        if (!dated || !ref) continue;
        found = true;
        const [day, month, year] = dated[4] ? [dated[2], dated[3], dated[4]] : [dated[5], dated[6], dated[7]];
        record(ref, "joined", partialDate(day, month, year!));
      }
      if (found) read.add(match.index);
    }
    // "Oxfordshire County Council (from July 2015)".
    for (const match of text.matchAll(new RegExp(`\\(from ${DATE}\\)`, "gi"))) {
      const ref = subjectBefore(text.slice(0, match.index).trimEnd(), members);
      if (!ref) continue;
      read.add(match.index);
      record(ref, "joined", partialDate(match[1], match[2], match[3]!));
    }
    for (const match of text.matchAll(/\b(?:joined|left|withdrew|withdrawn)\b/gi)) {
      if (read.has(match.index)) continue;
      const start = Math.max(text.lastIndexOf(".", match.index) + 1, match.index - 80);
      unread.push(text.slice(start, match.index + 60).trim());
    }
  }
  for (const conflict of conflicts) {
    const [ref, event] = conflict.split(" ") as [string, MemberEvent];
    unread.push(`${ref}: the sources give different dates for when it ${event}`);
    dates.get(ref)![event] = null;
  }
  for (const [ref, member] of dates) {
    if (member.joined && member.left && member.left.date < member.joined.date) {
      unread.push(`${ref}: left before it joined`);
      dates.delete(ref);
    } else if (!member.joined && !member.left) dates.delete(ref);
  }
  return { dates, unread };
}

/** A partner's note that is only a date range: "from Feb 2018" (joined), "until 2023" (left). */
export function readMemberNote(note: string): { event: MemberEvent; date: PartialDate } | null {
  const match = new RegExp(`^(from|until) ${DATE}$`, "i").exec(note.trim());
  const date = match ? partialDate(match[2], match[3], match[4]!) : null;
  if (!match || !date) return null;
  return { event: match[1]!.toLowerCase() === "from" ? "joined" : "left", date };
}

/** A member's dates as the text the directory shows and serves: "2015", "2019-03"; null when not known. */
export function memberDatesOf(
  dates: ReadonlyMap<string, MemberDates>,
  ref: string,
): { joined: string | null; left: string | null } {
  const { joined = null, left = null } = dates.get(ref) ?? {};
  return {
    joined: joined && lastVerifiedText(joined.date, joined.precision),
    left: left && lastVerifiedText(left.date, left.precision),
  };
}
