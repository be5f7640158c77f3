// Who runs this copy of the directory, as the statutory pages (accessibility, privacy, cookies, contact) name
// them: read from the environment, with defaults that describe the directory itself rather than leave a gap.
// See docs/decisions/016-who-runs-the-service.md.

/** The organisation running the service, and where people reach it. */
export type ServiceOperator = {
  /** The organisation's name, e.g. "Local Government Association". */
  name: string;
  /** A role mailbox for questions, problems, accessibility and data-protection requests; null when none is set. */
  email: string | null;
};

export const DEFAULT_OPERATOR_NAME = "the Shared Services Directory team";

// One address, no display name, no spaces: what a mailto: link can carry safely.
const EMAIL = /^[^@\s<>"(),;:]+@[^@\s<>"(),;:]+\.[^@\s<>"(),;:]+$/;

/** `SERVICE_OPERATOR` and `SERVICE_CONTACT_EMAIL`; an address that is not one is ignored, as if unset. */
export function serviceOperator(env: Record<string, string | undefined> = process.env): ServiceOperator {
  const name = env.SERVICE_OPERATOR?.trim() || DEFAULT_OPERATOR_NAME;
  const email = env.SERVICE_CONTACT_EMAIL?.trim() ?? "";
  return { name, email: EMAIL.test(email) ? email : null };
}
