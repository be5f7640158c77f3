import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { GovukFrontendInit } from "@/components/layout/govuk-frontend-init";
import { PhaseBanner } from "@/components/layout/phase-banner";
import { SERVICE_NAME } from "@/components/layout/service-name";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import "./styles/main.scss";

export const metadata: Metadata = {
  title: { default: SERVICE_NAME, template: `%s – ${SERVICE_NAME}` },
  description:
    "A searchable directory and map of UK public-sector shared-service partnerships: who shares what, how, and what they report saving.",
  applicationName: SERVICE_NAME,
};

export const viewport: Viewport = {
  themeColor: "#1d70b8",
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
};

// GOV.UK Frontend's own check: its scripts and script-dependent styles apply only in browsers that support ES modules.
const supportCheck =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The per-request nonce of the Content-Security-Policy (set by proxy.ts); reading it renders every page per request.
  const requestHeaders = await headers();
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  // Pages for other sites' frames (/embed/…, set by proxy.ts) have no header, banner or footer.
  const embedded = requestHeaders.get("x-embedded") === "1";
  return (
    <html lang="en-GB" className="govuk-template">
      {/* The support check adds body classes before hydration; React is told to expect that. */}
      <body className="govuk-template__body" suppressHydrationWarning>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: supportCheck }} />
        {embedded ? (
          <main className="app-embed" id="main-content">
            {children}
          </main>
        ) : (
          <>
            <SkipLink />
            <SiteHeader />
            <div className="govuk-width-container">
              <PhaseBanner />
              <main className="govuk-main-wrapper" id="main-content">
                {children}
              </main>
            </div>
            <SiteFooter />
          </>
        )}
        <GovukFrontendInit />
      </body>
    </html>
  );
}
