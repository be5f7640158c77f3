import { ErrorSummary } from "@/components/ui/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";

function throttled(minutes: number | undefined): string {
  const wait = !minutes || minutes > 15 ? "a few minutes" : minutes === 1 ? "a minute" : `${minutes} minutes`;
  return `Too many attempts to sign in. Wait ${wait}, then try again.`;
}

const PROBLEMS: Record<string, string> = {
  invalid: "The email address or password is not right",
  missing: "Enter your email address and password",
  "cross-site": "Sign in from this site’s own sign-in page",
};

export function SignInForm({
  action,
  problem,
  waitMinutes,
  signedOut,
}: {
  action: (form: FormData) => Promise<void>;
  problem?: string;
  /** How long a throttled sign-in must wait, rounded up to whole minutes. */
  waitMinutes?: number;
  signedOut?: boolean;
}) {
  const message = problem === "throttled" ? throttled(waitMinutes) : problem ? PROBLEMS[problem] : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        {message && <ErrorSummary errors={[{ text: message, href: "#email" }]} />}
        {signedOut && (
          <NotificationBanner id="signed-out-title" title="Important">
            You have signed out
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Sign in to moderate</h1>
        <p className="govuk-body">Only moderators can approve changes to the directory.</p>
        <form action={action} method="post">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="email">
              Email address
            </label>
            <input
              className="govuk-input"
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
            />
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="password">
              Password
            </label>
            <input
              className="govuk-input"
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
            />
          </div>
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
