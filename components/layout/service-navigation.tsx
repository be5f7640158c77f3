"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NAVIGATION_ITEMS, currentState } from "./navigation-items";
import { SERVICE_NAME } from "./service-name";

/**
 * GOV.UK service navigation carrying the product's own name — no crown and no GOV.UK logotype,
 * which belong to GOV.UK alone.
 */
export function ServiceNavigation() {
  const pathname = usePathname() ?? "/";
  return (
    <section
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link href="/" className="govuk-service-navigation__link">
              {SERVICE_NAME}
            </Link>
          </span>
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {NAVIGATION_ITEMS.map((item) => {
                const current = currentState(item, pathname);
                return (
                  <li
                    key={item.href}
                    className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}
                  >
                    <Link className="govuk-service-navigation__link" href={item.href} aria-current={current}>
                      {/* Bold text keeps the current section visible when colours are overridden. */}
                      {current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
