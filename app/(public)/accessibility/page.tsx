import type { Metadata } from "next";
import Link from "next/link";
import { SERVICE_NAME } from "@/components/layout/service-name";
import {
  ACCESSIBILITY_LAST_TESTED,
  ACCESSIBILITY_STATEMENT_PREPARED,
  ACCESSIBILITY_STATEMENT_REVIEWED,
} from "@/components/statutory/dates";
import { OperatorMailbox } from "@/components/statutory/operator-mailbox";
import { ExternalLink } from "@/components/ui/external-link";
import { formatDate } from "@/lib/format";
import { serviceOperator } from "@/lib/operator";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accessibility statement" };

/** The accessibility statement, after the UK public sector model statement. */
export default function AccessibilityPage() {
  const operator = serviceOperator();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement for the {SERVICE_NAME}</h1>
        <p className="govuk-body">
          This statement applies to the {SERVICE_NAME}: the directory of shared-service partnerships, its map, council
          pages, data downloads and the form for adding or correcting an entry.
        </p>
        <p className="govuk-body">
          This website is run by {operator.name}. We want as many people as possible to be able to use it. For example,
          that means you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use every page on a phone without scrolling sideways</li>
          <li>navigate the whole website using just a keyboard or speech recognition software</li>
          <li>listen to the whole website using a screen reader</li>
          <li>find every partnership without the map: the list, the council pages and the downloads hold them all</li>
        </ul>
        <p className="govuk-body">
          We have also made the text as simple as we can.{" "}
          <ExternalLink href="https://mcmw.abilitynet.org.uk/">AbilityNet</ExternalLink> has advice on making your
          device easier to use if you have a disability.
        </p>

        <h2 className="govuk-heading-l">How accessible this website is</h2>
        <p className="govuk-body">We know some parts of this website are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            the maps show council areas as shapes and partnerships as markers placed by location: where a partnership is
            cannot be explored by position with a screen reader, and the maps need JavaScript
          </li>
          <li>
            the colour of a council area on the map says how many partnerships it is in, or how much they report saving;
            the same figures are in the map’s key and on each council’s page
          </li>
          <li>
            the sources cited on each entry are other organisations’ web pages and documents (committee reports, often
            PDF files), which may not be accessible
          </li>
        </ul>
        <p className="govuk-body">
          Everything the maps show is also in text: the{" "}
          <Link className="govuk-link" href="/">
            list of partnerships
          </Link>{" "}
          has the same results as the map beside it, each marker and the map’s own list of partnerships can be reached
          with the keyboard, and every council’s page lists its partnerships in a table.
        </p>

        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information on this website in a different format, such as accessible PDF, large print, easy read,
          audio recording or braille, or you find a problem that is not listed on this page:
        </p>
        <OperatorMailbox operator={operator} subject="Accessibility" />
        <p className="govuk-body">We’ll consider your request and get back to you within 10 working days.</p>

        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).
          If you’re not happy with how we respond to your complaint, contact the{" "}
          <ExternalLink href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </ExternalLink>
          .
        </p>
        <p className="govuk-body">
          If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the{" "}
          <ExternalLink href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland</ExternalLink>,
          who are responsible for enforcing the accessibility regulations in Northern Ireland.
        </p>

        <h2 className="govuk-heading-l">Technical information about this website’s accessibility</h2>
        <p className="govuk-body">
          We, {operator.name}, are committed to making this website accessible, in accordance with the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-m">Compliance status</h3>
        <p className="govuk-body">
          This website is partially compliant with the{" "}
          <ExternalLink href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </ExternalLink>{" "}
          AA standard, due to the non-compliances listed below.
        </p>

        <h2 className="govuk-heading-l">Non-accessible content</h2>
        <p className="govuk-body">The content listed below is non-accessible for the following reasons.</p>
        <h3 className="govuk-heading-m">Non-compliance with the accessibility regulations</h3>
        <p className="govuk-body">
          On the maps, the council areas are drawn shapes without a text alternative each (WCAG 2.2 success criterion
          1.1.1, non-text content), and where a marker sits says something only sight can read (1.3.3, sensory
          characteristics). The list beside the map and the council pages give the same information as text. We plan to
          name council areas on the map and to let people jump to a council by typing its name.
        </p>
        <h3 className="govuk-heading-m">Content that’s not within the scope of the accessibility regulations</h3>
        <p className="govuk-body">
          The sources cited on each entry are published by the councils and other organisations concerned. We link to
          them but do not control them, and some are PDF files that may not be accessible.
        </p>

        <h2 className="govuk-heading-l">What we’re doing to improve accessibility</h2>
        <p className="govuk-body">
          Every change to the website is checked with automated accessibility tests (axe-core) on every kind of page, by
          keyboard, with JavaScript switched off, and on a screen 390 pixels wide, before it is published.
        </p>

        <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
        <p className="govuk-body">
          This statement was prepared on {formatDate(ACCESSIBILITY_STATEMENT_PREPARED)}. It was last reviewed on{" "}
          {formatDate(ACCESSIBILITY_STATEMENT_REVIEWED)}.
        </p>
        <p className="govuk-body">
          This website was last tested on {formatDate(ACCESSIBILITY_LAST_TESTED)} against the WCAG 2.2 AA standard. The
          test was carried out by the team that builds the directory: automated checks on each kind of page (the
          directory with and without filters, a partnership, its history, the councils, a council, the map, the data,
          the forms and these statements), keyboard-only use, use without JavaScript, and phone-sized screens.
        </p>
      </div>
    </div>
  );
}
