// An Atom feed (RFC 4287) of changes to partnerships. Ids are stable: the feed's is its own address, an entry's
// is a tag URI of the revision it reports, so a reader never sees one change twice. Pure.

import { changeLines, changeTitle, type ChangeFacts } from "./change-text";

export type FeedEntry = ChangeFacts & { id: number; slug: string; at: Date; exists: boolean };

export type AtomFeed = {
  /** The feed's own absolute address (also its id). */
  selfUrl: string;
  /** The directory page listing the same partnerships. */
  htmlUrl: string;
  title: string;
  subtitle: string;
  origin: string;
  /** When the feed last changed: the newest entry's time, or the data set's when there is none. */
  updated: Date;
  entries: FeedEntry[];
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The tag URI of a revision: unique and unchanging for this directory's host. */
export function entryId(origin: string, revisionId: number): string {
  return `tag:${new URL(origin).hostname},2026:revision/${revisionId}`;
}

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map((entry) => {
    const link = entry.exists
      ? `${feed.origin}/partnerships/${encodeURIComponent(entry.slug)}`
      : `${feed.origin}/changes`;
    const lines = changeLines(entry);
    const html = `<ul>${lines.map((line) => `<li>${escapeXml(line)}</li>`).join("")}</ul>`;
    return [
      "  <entry>",
      `    <id>${escapeXml(entryId(feed.origin, entry.id))}</id>`,
      `    <title>${escapeXml(changeTitle(entry))}</title>`,
      `    <updated>${entry.at.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      entry.exists
        ? `    <link rel="related" type="text/html" href="${escapeXml(`${link}/history#revision-${entry.id}`)}"/>`
        : null,
      `    <summary type="text">${escapeXml(lines.join(" "))}</summary>`,
      `    <content type="html">${escapeXml(html)}</content>`,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.htmlUrl)}"/>`,
    "  <author><name>Shared Services Directory</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
