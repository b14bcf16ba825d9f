import type { Hono } from 'hono';
import type { PublicSettings } from '../../store/public/publicSettings.js';
import { AccessibilityPage, LicencePage, PrivacyPage } from './aboutPages.js';

/** The statements every public-sector site owes (linked from the footer), and the council's logo. */
export function registerAboutRoutes(app: Hono, settings: PublicSettings): void {
  app.get('/accessibility', async (c) => c.render(<AccessibilityPage council={await settings.council()} />));
  app.get('/privacy', async (c) => c.render(<PrivacyPage council={await settings.council()} />));
  app.get('/licence', async (c) => c.render(<LicencePage council={await settings.council()} />));

  app.get('/logo', async (c) => {
    const logo = await settings.logo();
    if (!logo) return c.notFound();
    c.header('Content-Type', logo.mediaType);
    c.header('Cache-Control', 'public, max-age=300');
    // An SVG opened on its own is a document: it may show itself, never run script or load anything.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return c.body(new Uint8Array(logo.bytes));
  });
}
