import "server-only";

import { resolveCouncilCode } from "@/lib/councils/resolve.server";
import { isGssCode, isSlug } from "@/lib/vocabulary";
import type { Queryable } from "@/lib/db/pool.server";

// Whether a page's address names a partnership or a council the directory holds, asked before the page renders
// (proxy.ts) so that an address naming nothing is answered as an unknown address: the not-found page, complete
// in the HTML with a 404 status, also without JavaScript. The pages still check for themselves.

const PARTNERSHIP_PAGE = /^\/partnerships\/([^/]+)(?:\/history)?\/?$/;
const COUNCIL_PAGE = /^\/(?:councils|embed\/council)\/([^/]+)\/?$/;

function segment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function partnershipExists(db: Queryable, slug: string): Promise<boolean> {
  // Not a slug (a NUL byte, say): no partnership has it, and the database need not be asked.
  if (!isSlug(slug)) return false;
  const { rows } = await db.query<{ found: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM partnership WHERE slug = $1) AS found",
    [slug],
  );
  return rows[0]!.found;
}

/**
 * True or false for the address of a partnership page (or its history), a council page (current or former
 * code, in any case, as the council page accepts it) or "Suggest a change" (`/submit?slug=…`); null for any
 * other address.
 */
export async function pageSubjectExists(
  db: Queryable,
  pathname: string,
  searchParams: URLSearchParams = new URLSearchParams(),
): Promise<boolean | null> {
  const partnership = PARTNERSHIP_PAGE.exec(pathname);
  if (partnership) {
    const slug = segment(partnership[1]!);
    return slug === null ? false : partnershipExists(db, slug);
  }
  const correcting = searchParams.getAll("slug");
  if (/^\/submit\/?$/.test(pathname) && correcting.length === 1 && correcting[0] !== "") {
    return partnershipExists(db, correcting[0]!);
  }
  const council = COUNCIL_PAGE.exec(pathname);
  if (council) {
    const code = segment(council[1]!)?.toUpperCase() ?? "";
    if (!isGssCode(code)) return false;
    return (await resolveCouncilCode(db, code)) !== null;
  }
  return null;
}
