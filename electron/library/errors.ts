import type { DossierError } from '../common/model';

/** Makes the `{ code, message }` value that crosses IPC; a plain object so it clones. */
export function libraryError(code: string, message: string): DossierError {
  return { code, message };
}

/** Turns anything thrown into a DossierError the UI can show, keeping known ones as they are. */
export function toDossierError(error: unknown): DossierError {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; message?: unknown };
    if (typeof e.code === 'string' && typeof e.message === 'string' && !(error instanceof Error)) {
      return { code: e.code, message: e.message };
    }
  }
  return { code: 'internal', message: 'Something went wrong inside Dossier. Details were written to the log.' };
}
