/** Names shared by the harness's page side (page-api.ts) and Node side (bind-api.ts). */
export const INVOKE_BINDING = '__dossierInvoke';
export const DELIVER_EVENT = '__dossierDeliver';
/** Marks a Uint8Array encoded as base64 for the trip through the binding. */
export const BYTES_KEY = '__dossierBytes';
