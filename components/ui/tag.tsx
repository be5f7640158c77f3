import type { ReactNode } from "react";

export type TagColour =
  "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow";

export function Tag({ children, colour, className }: { children: ReactNode; colour?: TagColour; className?: string }) {
  const classes = ["govuk-tag", colour ? `govuk-tag--${colour}` : null, className].filter(Boolean).join(" ");
  return <strong className={classes}>{children}</strong>;
}

/** Several tags as a list, so assistive technology hears how many there are. */
export function TagList({ items, colour }: { items: { key: string; label: string }[]; colour?: TagColour }) {
  return (
    <ul className="app-tag-list">
      {items.map((item) => (
        <li key={item.key} className="app-tag-list__item">
          <Tag colour={colour}>{item.label}</Tag>
        </li>
      ))}
    </ul>
  );
}
