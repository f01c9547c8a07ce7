/**
 * Exposes the typed API on `window.dossier`: named methods built from the contract, and
 * `on(event, listener)` for change notifications. No logic and no state live here, and
 * the page never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, EVENT_CHANNEL, type Channel, type DossierApi } from '../common/api';
import type { DossierError, LibraryEventName } from '../common/model';

type Answer = { ok: true; value: unknown } | { ok: false; error: DossierError };

async function invoke(channel: Channel, args: unknown[]): Promise<unknown> {
  const answer = (await ipcRenderer.invoke(channel, ...args)) as Answer;
  if (answer.ok) return answer.value;
  // A plain { code, message } value: it survives the context bridge, an Error would not.
  throw { code: answer.error.code, message: answer.error.message };
}

const api: DossierApi = {
  ...buildApi(invoke),
  on(event: LibraryEventName, listener: (payload: never) => void) {
    // The IPC event object stays here: handing it to the page would leak ipcRenderer.
    const forward = (_event: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('dossier', api);
