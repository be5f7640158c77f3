// npm run bench:map -- [--database NAME ...] [--url URL] [--runs N]
//
// The map by view (docs/decisions/022), measured two ways:
//   server   for each database: building a filter's view index (the grouped SQL read and the clustering) — time
//            and memory — then answering views of a 1366×900 window at every zoom from the UK down to a town:
//            time, markers, bytes of JSON and gzipped;
//   browser  with --url (a running server): /map and the list page / in headless Chromium at 1366×900 — bytes
//            on the wire (all requests, and JavaScript alone), time to the first marker, and a zoom's redraw.
// See bench/README.md.

import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { openDatabaseServer } from "@/tools/database-server";

const USAGE = "usage: npm run bench:map -- [--database NAME ...] [--url URL] [--runs N]";
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

let args: { database?: string[]; url?: string; runs?: string; help?: boolean };
try {
  ({ values: args } = parseArgs({
    options: {
      database: { type: "string", multiple: true },
      url: { type: "string" },
      runs: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(args.runs ?? 5);

const FILTERS = ["", "service=waste-environment", "region=south-west"];
/** The map canvas of /map in a 1366×900 window. */
const CANVAS = { width: 1000, height: 640 };
const CENTRE = { latitude: 52.48, longitude: -1.9 }; // Birmingham: the densest middle of the synthetic data

const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
const latitudeOf = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** The bbox a CANVAS-sized map shows around CENTRE at a zoom. */
function bboxAt(zoom: number): [number, number, number, number] {
  const worldPixels = 256 * 2 ** zoom;
  const halfLongitude = ((CANVAS.width / 2) * 360) / worldPixels;
  const halfY = ((CANVAS.height / 2) * 2 * Math.PI) / worldPixels;
  const y = mercatorY(CENTRE.latitude);
  return [
    CENTRE.longitude - halfLongitude,
    latitudeOf(y - halfY),
    CENTRE.longitude + halfLongitude,
    latitudeOf(y + halfY),
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 0 })} MB`;

async function serverSide(label: string, url: string): Promise<void> {
  const { parseParams } = await import("@/lib/filters/schema");
  const { resolveFilter } = await import("@/lib/filters/query.server");
  const { buildViewIndex, mapView } = await import("@/lib/map/view-index.server");
  const { encodeMapPayload } = await import("@/lib/map/payload");
  const { createPrismaClient } = await import("@/lib/db/client.server");
  const pool = createPrismaClient(url);
  try {
    console.log(`\n### ${label}\n`);
    console.log("| filter | matches | index built | heap held | peak RSS | /api/map JSON (gz) |");
    console.log("| :-- | --: | --: | --: | --: | --: |");
    const views: string[] = [];
    for (const query of FILTERS) {
      const { resolved } = await resolveFilter(parseParams(new URLSearchParams(query)).filter, pool);
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const times: number[] = [];
      let index = await buildViewIndex(pool, resolved);
      for (let run = 0; run < Math.min(runs, 3); run += 1) {
        const started = performance.now();
        index = await buildViewIndex(pool, resolved);
        times.push(performance.now() - started);
      }
      globalThis.gc?.();
      const held = process.memoryUsage().heapUsed - heapBefore;
      const { total, unlocated, bounds, services, models, councils } = index;
      const summary = JSON.stringify(encodeMapPayload({ total, unlocated, bounds, services, models, councils }));
      console.log(
        `| ${query || "(none)"} | ${total.toLocaleString("en-GB")} | ${Math.round(median(times)).toLocaleString("en-GB")} ms | ` +
          `${mb(Math.max(0, held))} | ${mb(process.resourceUsage().maxRSS * 1024)} | ${kb(summary.length)} (${kb(gzipSync(summary).length)}) |`,
      );
      for (const zoom of [5, 6, 7, 9, 11, 13]) {
        const bbox = bboxAt(zoom);
        const timesView: number[] = [];
        let body = "";
        let markers = 0;
        let largest = 0;
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          const view = await mapView(pool, index, bbox, zoom);
          body = JSON.stringify(view);
          timesView.push(performance.now() - started);
          markers = view.markers.length;
          largest = Math.max(0, ...view.markers.map((m) => (m.kind === "cluster" ? m.count : 1)));
        }
        views.push(
          `| ${query || "(none)"} | ${zoom} | ${markers} | ${largest.toLocaleString("en-GB")} | ${median(timesView).toFixed(1)} ms | ${kb(body.length)} (${kb(gzipSync(body).length)}) |`,
        );
      }
    }
    console.log("\n| filter | zoom | markers | largest cluster | /api/map/view | JSON (gz) |");
    console.log("| :-- | --: | --: | --: | --: | --: |");
    for (const line of views) console.log(line);
  } finally {
    await pool.$disconnect();
  }
}

async function browserSide(base: string): Promise<void> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
  });
  try {
    console.log(`\n### Browser, ${base}, 1366×900\n`);
    console.log("| page | wire bytes | of which JavaScript | requests | first marker | zoom redraw |");
    console.log("| :-- | --: | --: | --: | --: | --: |");
    for (const path of ["/map", "/"]) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const types = new Map<string, string>();
      let wire = 0;
      let script = 0;
      let requests = 0;
      cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
      cdp.on("Network.loadingFinished", (event) => {
        wire += event.encodedDataLength;
        requests += 1;
        if (types.get(event.requestId) === "Script") script += event.encodedDataLength;
      });
      const started = performance.now();
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      let firstMarker = "–";
      let redraw = "–";
      if (path === "/map") {
        await page.locator(".app-map-marker").first().waitFor({ timeout: 120_000 });
        firstMarker = `${Math.round(performance.now() - started).toLocaleString("en-GB")} ms`;
        await page.waitForLoadState("networkidle");
        const zoomStarted = performance.now();
        const before = await page.locator(".app-map-marker").first().getAttribute("data-lat");
        await page.getByRole("button", { name: "Zoom in", exact: true }).click();
        await page.waitForFunction(
          (old) => document.querySelector(".app-map-marker")?.getAttribute("data-lat") !== old,
          before,
          { timeout: 60_000 },
        );
        redraw = `${Math.round(performance.now() - zoomStarted)} ms (animation included)`;
      }
      await page.waitForLoadState("networkidle");
      console.log(`| ${path} | ${kb(wire)} | ${kb(script)} | ${requests} | ${firstMarker} | ${redraw} |`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

const server = await openDatabaseServer(say);
try {
  for (const database of args.database ?? [server.directoryDatabase]) {
    await serverSide(database, server.urlOf(database));
  }
  if (args.url) await browserSide(args.url.replace(/\/$/, ""));
} finally {
  await server.stop();
}
