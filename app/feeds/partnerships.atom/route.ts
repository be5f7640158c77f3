import { badParameters } from "@/lib/api/responses";
import { describeFilter } from "@/components/directory/filter-title";
import { directoryHref, isEmptyFilter, toSearchParams } from "@/lib/filters/urls";
import { atomFeed } from "@/lib/partnerships/atom";
import { recentChanges } from "@/lib/partnerships/changes.server";
import { feedHref } from "@/lib/partnerships/feed-links";
import { dataSetFacts } from "@/lib/filters/totals.server";
import { filteredPage } from "../../(public)/filtered-page.server";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

const ENTRIES = 50;

/** GET /feeds/partnerships.atom?<filter> — new and changed partnerships the filter matches, newest first. */
async function get(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const page = await filteredPage(url.searchParams);
  if (page.problems.length) return badParameters(page.problems);
  const { changes } = await recentChanges({
    resolved: isEmptyFilter(page.filter) ? null : page.resolved,
    limit: ENTRIES,
  });
  const what = isEmptyFilter(page.filter) ? "All partnerships" : describeFilter(page.filter, page.labels);
  const updated = changes[0]?.at ?? (await dataSetFacts()).lastUpdated ?? new Date(0);
  const body = atomFeed({
    selfUrl: `${url.origin}${feedHref(toSearchParams(page.filter))}`,
    htmlUrl: `${url.origin}${directoryHref(page.filter)}`,
    title: `${what} – changes – Shared Services Directory`,
    subtitle: "New and changed partnerships, newest first, each saying what changed.",
    origin: url.origin,
    updated,
    entries: changes,
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export const GET = apiRoute(get);
