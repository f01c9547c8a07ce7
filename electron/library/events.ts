import type { LibraryEventName, LibraryEvents } from '../common/model';

type Listener<E extends LibraryEventName> = (payload: LibraryEvents[E]) => void;

/** A small typed emitter for change notifications; the main process forwards them to windows. */
export class LibraryEmitter {
  private readonly listeners = new Map<LibraryEventName, Set<Listener<never>>>();

  on<E extends LibraryEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<E extends LibraryEventName>(event: E, payload: LibraryEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  }
}
