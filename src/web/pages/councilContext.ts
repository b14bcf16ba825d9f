import { createContext, useContext } from 'hono/jsx';
import { DEFAULT_COUNCIL_SETTINGS, type CouncilSettings } from '../../domain/councilSettings.js';

/**
 * The council's settings for the page being rendered, provided once per request by the page
 * renderer, so that the frame (title, header, footer) names the council without every page
 * passing it down.
 */
export const CouncilContext = createContext<CouncilSettings>(DEFAULT_COUNCIL_SETTINGS);

export function useCouncil(): CouncilSettings {
  return useContext(CouncilContext);
}
