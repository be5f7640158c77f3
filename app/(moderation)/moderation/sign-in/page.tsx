import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/moderation/sign-in-form";
import { currentModerator } from "@/lib/auth/next.server";
import { signInAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in to moderate", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await currentModerator()) redirect("/moderation");
  const { problem, signedOut, wait } = await searchParams;
  const minutes = typeof wait === "string" && /^\d{1,2}$/.test(wait) ? Number(wait) : undefined;
  return (
    <SignInForm
      action={signInAction}
      problem={typeof problem === "string" ? problem : undefined}
      waitMinutes={minutes}
      signedOut={signedOut === "1"}
    />
  );
}
