// The copy-paste <iframe> for another site: shown as code in a details box, with what it shows and how to size it.

import { Details } from "@/components/ui/details";

export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedSnippet({
  summary,
  src,
  title,
  height,
  children,
}: {
  summary: string;
  src: string;
  title: string;
  height: number;
  children?: React.ReactNode;
}) {
  const id = `embed-${summary.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <Details summary={summary}>
      {children}
      <p className="govuk-body">
        Copy this into your own web page. It shows the directory’s live data with a link back here, and works with a
        keyboard.{" "}
        <a className="govuk-link" href={src}>
          Preview it
        </a>
        .
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={id}>
          HTML to copy
        </label>
        <textarea
          className="govuk-textarea app-embed-snippet"
          id={id}
          rows={3}
          readOnly
          value={iframeSnippet({ src, title, height })}
        />
      </div>
    </Details>
  );
}
