// The responses route handlers build (routes own every Response; lib/ returns data and problems): JSON with
// caching headers, errors in the one shape docs/product.md defines — { "error": { "message", "parameter"?,
// "allowed"? } } — and streamed downloads.

import { CACHE_PUBLIC } from "@/lib/http/cache-policy";
import type { ParameterProblem } from "@/lib/query-params/read";

export interface ApiProblem {
  message: string;
  parameter?: string;
  allowed?: readonly string[];
}

export function jsonOk(body: unknown, init: { cache?: string; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, {
    headers: { "Cache-Control": init.cache ?? CACHE_PUBLIC, ...init.headers },
  });
}

export function jsonError(status: number, problem: ApiProblem, extra: { problems?: ApiProblem[] } = {}): Response {
  const error: ApiProblem & { problems?: ApiProblem[] } = { message: problem.message };
  if (problem.parameter) error.parameter = problem.parameter;
  if (problem.allowed) error.allowed = [...problem.allowed];
  if (extra.problems && extra.problems.length > 1) error.problems = extra.problems;
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A problem as the API's error body lists it: its parameter, message and allowed values, nothing else. */
function apiProblem({ parameter, message, allowed }: ParameterProblem): ParameterProblem {
  return allowed ? { parameter, message, allowed } : { parameter, message };
}

/** A 400 naming the first bad parameter (and listing all of them when there are several). */
export function badParameters(problems: ParameterProblem[]): Response {
  return jsonError(400, problems[0]!, { problems: problems.map(apiProblem) });
}

const CHUNK_CHARS = 32 * 1024;

/** A streamed download: chunks are encoded and sent as the downloader reads them (back-pressure included). */
export function downloadResponse(
  chunks: AsyncGenerator<string>,
  contentType: string,
  filename: string | null,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>(
    {
      // Rows are gathered into pieces of about CHUNK_CHARS characters: fewer, larger writes to the socket.
      async pull(controller) {
        try {
          let text = "";
          while (text.length < CHUNK_CHARS) {
            const { value, done } = await chunks.next();
            if (done) {
              if (text) controller.enqueue(encoder.encode(text));
              controller.close();
              return;
            }
            text += value;
          }
          controller.enqueue(encoder.encode(text));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 4 },
  );
  const headers: Record<string, string> = {
    "Content-Type": contentType,
    "Cache-Control": CACHE_PUBLIC,
    "X-Content-Type-Options": "nosniff",
    "Access-Control-Allow-Origin": "*",
  };
  if (filename) headers["Content-Disposition"] = `attachment; filename="${filename}"`;
  return new Response(body, { headers });
}
