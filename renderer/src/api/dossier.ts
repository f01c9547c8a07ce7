/**
 * The renderer's only door to the library: `window.dossier`, exposed by the preload
 * (or by the test harness). Components use the hooks in this folder, never the global.
 */
import type { DossierApi } from '../../../electron/common/api';
import { isDossierError } from '../../../electron/common/model';

declare global {
  interface Window {
    /** The library API; see electron/common/api.ts. */
    dossier: DossierApi;
  }
}

export function getDossier(): DossierApi {
  if (!window.dossier) {
    throw new Error('Dossier could not reach its library (window.dossier is missing). Restart the app.');
  }
  return window.dossier;
}

/** The text to show a user for a rejected call: API errors are `{ code, message }`. */
export function errorMessage(error: unknown): string {
  if (isDossierError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
}
