import type { DigestContent } from './digestContent.js';

/**
 * The HTML part. Rendered with Hono's JSX, which escapes every text and attribute value, so a
 * recommendation imported with markup in it reads as words and never as markup. Inline styles
 * only: mail readers drop style sheets.
 */
export function digestHtml(content: DigestContent): string {
  const page = (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <title>{content.subject}</title>
      </head>
      <body style="font-family: Arial, sans-serif; font-size: 16px; color: #0b0c0c; line-height: 1.4">
        <p>{content.intro}</p>
        {content.sections.map((section) => (
          <>
            <h2 style="font-size: 20px; margin: 24px 0 8px">{section.heading}</h2>
            <ol>
              {section.lines.map((line) => (
                <li style="margin-bottom: 12px">
                  <a href={line.url} style="color: #1d70b8">
                    {line.what}
                  </a>
                  <br />
                  <span style="color: #505a5f">{line.detail}</span>
                </li>
              ))}
            </ol>
          </>
        ))}
        <hr />
        <p style="color: #505a5f; font-size: 14px">{content.footer}</p>
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${page.toString()}`;
}
