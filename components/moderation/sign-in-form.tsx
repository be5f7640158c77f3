import { ErrorSummary } from "@/components/ui/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";

const PROBLEMS: Record<string, string> = {
  invalid: "The email address or password is not right",
  throttled: "Too many attempts to sign in. Wait 15 minutes, then try again.",
  missing: "Enter your email address and password",
  "cross-site": "Sign in from this site’s own sign-in page",
};

export function SignInForm({
  action,
  problem,
  signedOut,
}: {
  action: (form: FormData) => Promise<void>;
  problem?: string;
  signedOut?: boolean;
}) {
  const message = problem ? PROBLEMS[problem] : undefined;
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
