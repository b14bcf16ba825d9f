/** @deprecated transitional: moved to `store/repositories/insertInBatches.ts`. */
export { insertInBatches } from '../repositories/insertInBatches.js';
