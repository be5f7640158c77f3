// Moderators' forms: signing in, and deciding on a submission.

import { z } from "zod";
import { requiredText, text } from "./fields";

export const signInSchema = z.object({
  email: text.toLowerCase().min(1, "Enter your email address").max(254, "Enter your email address"),
  password: z.string().min(1, "Enter your password").max(1024, "Enter your password"),
});
export type SignInInput = z.output<typeof signInSchema>;

const submissionId = text.regex(/^\d{1,9}$/, "The submission is not valid").transform(Number);

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), submissionId }),
  z.object({ decision: z.literal("reject"), submissionId, reason: requiredText("the reason for rejecting it", 1000) }),
]);
export type DecisionInput = z.output<typeof decisionSchema>;

export const verifySchema = z.object({
  slug: text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Enter the partnership’s slug, like xentrall"),
});
