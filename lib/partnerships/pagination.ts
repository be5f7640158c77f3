// The directory's `page` parameter. The filter schema in lib/filters will take this over when it arrives.
import { z } from "zod";

export const DIRECTORY_PAGE_SIZE = 20;

const PAGE_MESSAGE = "Page must be a whole number, 1 or more";

export const pageParamSchema = z
  .union([z.string(), z.array(z.string())], { error: PAGE_MESSAGE })
  .optional()
  .refine((value) => !Array.isArray(value), { error: "Page must be given only once" })
  .transform((value) => (typeof value === "string" ? value.trim() : undefined))
  .pipe(
    z
      .string()
      .regex(/^\d{1,7}$/, { error: PAGE_MESSAGE })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: PAGE_MESSAGE }))
      .optional(),
  )
  .transform((page) => page ?? 1);

export type PageParamResult = { ok: true; page: number } | { ok: false; message: string };

export function parsePageParam(value: string | string[] | undefined): PageParamResult {
  const result = pageParamSchema.safeParse(value);
  if (result.success) return { ok: true, page: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? PAGE_MESSAGE };
}

export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
