import { ServiceNavigation } from "./service-navigation";

export function SiteHeader() {
  return (
    <header className="govuk-template__header">
      <ServiceNavigation />
    </header>
  );
}
