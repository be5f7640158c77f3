"use server";

import { redirect } from "next/navigation";
import type { PartnershipFormState } from "@/components/submit/partnership-form";
import { RequestRefused } from "@/lib/auth/guard.server";
import { clearSessionCookie, clientAddress, requestContext, setSessionCookie } from "@/lib/auth/next.server";
import { requireModerator } from "@/lib/auth/guard.server";
import { endSession, signIn } from "@/lib/auth/sessions.server";
import { isSameOrigin } from "@/lib/auth/guard.server";
import { moderate } from "@/lib/moderation/moderate.server";
import { pgPool } from "@/lib/db/pool.server";
import { pendingSubmission, proposalFromForm } from "@/lib/moderation/submissions.server";
import { decisionSchema, signInSchema, verifySchema } from "@/lib/validations/moderation";
import { partnershipFormValues } from "@/lib/validations/partnership";

function outcome(params: Record<string, string>): never {
  redirect(`/moderation?${new URLSearchParams(params).toString()}`);
}

export async function signInAction(form: FormData): Promise<void> {
  const request = await requestContext(form);
  if (!isSameOrigin(request.origin, request.host)) redirect("/moderation/sign-in?problem=cross-site");
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!parsed.success) redirect("/moderation/sign-in?problem=missing");
  const result = await signIn(pgPool(), { ...parsed.data, address: await clientAddress() });
  if (!result.ok) {
    const wait = result.reason === "throttled" ? `&wait=${Math.ceil(result.retryAfterSeconds / 60)}` : "";
    redirect(`/moderation/sign-in?problem=${result.reason}${wait}`);
  }
  await setSessionCookie(result.token, result.session.expiresAt);
  redirect("/moderation");
}

export async function signOutAction(form: FormData): Promise<void> {
  const request = await requestContext(form);
  try {
    await requireModerator(pgPool(), request);
    await endSession(pgPool(), request.sessionToken);
  } catch (error) {
    if (!(error instanceof RequestRefused)) throw error;
  }
  await clearSessionCookie();
  redirect("/moderation/sign-in?signedOut=1");
}

async function guarded(form: FormData, run: (request: Awaited<ReturnType<typeof requestContext>>) => Promise<never>) {
  const request = await requestContext(form);
  try {
    return await run(request);
  } catch (error) {
    if (error instanceof RequestRefused) {
      if (error.reason === "no-session") redirect("/moderation/sign-in");
      outcome({ problem: error.reason });
    }
    throw error;
  }
}

export async function decideAction(form: FormData): Promise<void> {
  await guarded(form, async (request) => {
    const parsed = decisionSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) outcome({ problem: "reason", id: String(form.get("submissionId") ?? "") });
    const action =
      parsed.data.decision === "approve"
        ? ({ type: "approve", submissionId: parsed.data.submissionId } as const)
        : ({ type: "reject", submissionId: parsed.data.submissionId, reason: parsed.data.reason } as const);
    const result = await moderate(pgPool(), request, action);
    if (!result.ok) outcome({ problem: result.reason });
    outcome({ done: parsed.data.decision === "approve" ? "approved" : "rejected", slug: result.slug ?? "" });
  });
}

export async function verifyAction(form: FormData): Promise<void> {
  await guarded(form, async (request) => {
    const parsed = verifySchema.safeParse({ slug: form.get("slug") ?? "" });
    if (!parsed.success) outcome({ problem: "not-found" });
    const result = await moderate(pgPool(), request, { type: "verify", slug: parsed.data.slug });
    if (!result.ok) outcome({ problem: result.reason });
    outcome({ done: "verified", slug: parsed.data.slug });
  });
}

/** Edit, then approve: the moderator's version goes through the same schema as the public form. */
export async function approveEditedAction(state: PartnershipFormState, form: FormData): Promise<PartnershipFormState> {
  const values = partnershipFormValues(form);
  const submissionId = Number(form.get("submissionId"));
  const request = await requestContext(form);
  const pool = pgPool();
  try {
    await requireModerator(pool, request);
  } catch (error) {
    if (error instanceof RequestRefused) return { values, errors: {}, message: error.message };
    throw error;
  }
  const submission = Number.isInteger(submissionId) ? await pendingSubmission(pool, submissionId) : null;
  if (!submission) outcome({ problem: "already-decided" });
  const proposal = await proposalFromForm(pool, values, { requireSubmitter: false });
  if (!proposal.ok) return { values, errors: proposal.errors };
  const result = await moderate(pool, request, {
    type: "approve",
    submissionId,
    edited: { ...proposal.snapshot, slug: submission.current?.slug ?? proposal.snapshot.slug },
  });
  if (!result.ok) outcome({ problem: result.reason });
  outcome({ done: "approved", slug: result.slug ?? "" });
}
