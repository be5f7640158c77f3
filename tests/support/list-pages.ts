// Every item of a list API query, page after page, through the route handler itself.

import type { PartnershipSummary } from "@/lib/partnerships/types";

type ListRoute = { GET: (request: Request) => Promise<Response> };

export async function everyListItem(route: ListRoute, query: string): Promise<PartnershipSummary[]> {
  const items: PartnershipSummary[] = [];
  for (let page = 1; ; page++) {
    const response = await route.GET(
      new Request(`http://localhost/api/partnerships?${query}&pageSize=100&page=${page}`),
    );
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { total: number; items: PartnershipSummary[] };
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}
