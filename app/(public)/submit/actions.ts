"use server";

import { redirect } from "next/navigation";
import type { PartnershipFormState } from "@/components/submit/partnership-form";
import { clientAddress } from "@/lib/auth/next.server";
import { pgPool } from "@/lib/db/pool.server";
import { submitPartnership } from "@/lib/moderation/submissions.server";
import { partnershipFormValues } from "@/lib/validations/partnership";

export async function submitPartnershipAction(
  _state: PartnershipFormState,
  form: FormData,
): Promise<PartnershipFormState> {
  const values = partnershipFormValues(form);
  const result = await submitPartnership(pgPool(), values, await clientAddress());
  if (result.ok) redirect(values.slug ? "/submit/confirmation?change=1" : "/submit/confirmation");
  // The address is never sent back in the page, so a form shown again asks for it again only on error.
  if ("throttled" in result) {
    return {
      values,
      errors: {},
      message: "You have sent several submissions in the last hour. Wait an hour, then try again.",
    };
  }
  return { values, errors: result.errors };
}
