import Link from "next/link";

const OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
const CC_BY = "https://creativecommons.org/licenses/by/4.0/";

/** The statutory pages every public-sector service links from its footer. */
const SUPPORT_LINKS = [
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/privacy", text: "Privacy" },
  { href: "/cookies", text: "Cookies" },
  { href: "/contact", text: "Contact" },
];

/** The statutory pages, then licences and attribution for the data every page shows. */
export function SiteFooter() {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                {SUPPORT_LINKS.map(({ href, text }) => (
                  <li key={href} className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" href={href}>
                      {text}
                    </Link>
                  </li>
                ))}
              </ul>
              <h2 className="govuk-heading-s">Data sources and licences</h2>
              <ul className="govuk-footer__list app-footer__attribution">
                <li className="govuk-footer__list-item">
                  Council codes and locations: mySociety,{" "}
                  <a className="govuk-footer__link" href={CC_BY} rel="license noopener noreferrer">
                    CC BY 4.0
                  </a>
                </li>
                <li className="govuk-footer__list-item">
                  Boundaries: ONS,{" "}
                  <a className="govuk-footer__link" href={OGL} rel="license noopener noreferrer">
                    Open Government Licence v3.0
                  </a>{" "}
                  — Contains OS data © Crown copyright and database right
                </li>
                <li className="govuk-footer__list-item">
                  Partnership data:{" "}
                  <a className="govuk-footer__link" href={OGL} rel="license noopener noreferrer">
                    Open Government Licence v3.0
                  </a>
                  ; sources cited on every entry
                </li>
              </ul>
              <p className="app-footer__text">
                <Link className="govuk-footer__link" href="/data">
                  Download the data, and read the licence and data dictionary
                </Link>
              </p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
