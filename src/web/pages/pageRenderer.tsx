import type { MiddlewareHandler } from 'hono';
import { DEFAULT_COUNCIL_SETTINGS, type CouncilSettings } from '../../domain/councilSettings.js';
import type { PublicSettings } from '../../store/public/publicSettings.js';
import { CouncilContext } from './councilContext.js';

/**
 * `c.render(<Page />)` renders a page inside the council's settings (read once per page, never for
 * the API, feeds or assets). Set `c.status()` first for a page that is not a 200.
 */
export function pageRenderer(settings: PublicSettings): MiddlewareHandler {
  return async (c, next) => {
    c.setRenderer(async (content) => {
      const council = await councilOrDefault(settings);
      return c.html(<CouncilContext.Provider value={council}>{content}</CouncilContext.Provider>);
    });
    await next();
  };
}

async function councilOrDefault(settings: PublicSettings): Promise<CouncilSettings> {
  try {
    return await settings.council();
  } catch {
    // Only the error page gets here (any other page has just read the same database): it must still render.
    return DEFAULT_COUNCIL_SETTINGS;
  }
}
