import type { ReactNode } from "react";

/**
 * GOV.UK notification banner. A success banner is announced at once (role "alert"); an important one is a
 * region the reader can find. `children` is the banner's heading line.
 */
export function NotificationBanner({
  id,
  title,
  success = false,
  children,
}: {
  /** The title's id, which names the banner. */
  id: string;
  title: string;
  success?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby={id}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
