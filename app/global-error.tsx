"use client";

import Link from "next/link";
import { useEffect } from "react";
import { ProblemWithService, errorReference } from "@/components/layout/problem-with-service";
import { SiteFooter } from "@/components/layout/site-footer";
import { SkipLink } from "@/components/layout/skip-link";
import "./styles/main.scss";

// Replaces the root layout when the layout itself fails, so it draws its own document and a plain header.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <title>Sorry, there is a problem with the service – Shared Services Directory</title>
        <SkipLink />
        <header className="govuk-template__header">
          <section aria-label="Service information" className="govuk-service-navigation">
            <div className="govuk-width-container">
              <div className="govuk-service-navigation__container">
                <span className="govuk-service-navigation__service-name">
                  <Link href="/" className="govuk-service-navigation__link">
                    Shared Services Directory
                  </Link>
                </span>
              </div>
            </div>
          </section>
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <ProblemWithService onRetry={retry} reference={errorReference(error)} />
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
