import "server-only";

// The one door to partnership reads for pages and route handlers: the reads of read.server.ts on Prisma's
// client, each cached for the request.
import { cache } from "react";
import { prisma } from "@/lib/db/client.server";
import { readPartnership } from "./read.server";

export { similarPartnerships, SIMILAR_LIMIT, SIMILARITY_WEIGHTS, type SimilarPartnership } from "./similar.server";
export type * from "./types";

/** Everything about one partnership, or null when no partnership has that slug. */
export const getPartnership = cache((slug: string) => readPartnership(prisma, slug));
