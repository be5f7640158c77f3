import "server-only";

import { prisma } from "@/lib/db/client.server";

export type HealthReport = { database: "ok"; partnerships: number } | { database: "unreachable"; message: string };

const TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Whether the database answers, and how many partnerships it holds. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    const partnerships = await withTimeout(
      (async () => {
        await prisma.$queryRaw`SELECT 1`;
        return prisma.partnership.count();
      })(),
      TIMEOUT_MS,
    );
    return { database: "ok", partnerships };
  } catch (error) {
    console.error("Health check: database unreachable:", error);
    return { database: "unreachable", message: "The database could not be reached" };
  }
}
