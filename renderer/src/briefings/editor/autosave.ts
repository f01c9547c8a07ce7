/**
 * Saving as the user types: at most one save per interval, always a last one after
 * the typing stops, and a flush that sends what is pending at once (before export,
 * on unmount, when the window goes away). Knows nothing of React or Lexical.
 */

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** Why the last save failed, for the user. */
  message?: string;
}

export interface AutosaveOptions {
  /** The current content, read only when a save is about to be sent. */
  read(): string;
  save(content: string): Promise<unknown>;
  onStatus(status: SaveStatus): void;
  /** The least time between the starts of two saves, in ms. */
  interval?: number;
  /** How long to wait before trying a failed save again, in ms. */
  retryAfter?: number;
  describeError?(error: unknown): string;
}

export class Autosaver {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly inFlight = new Set<Promise<void>>();
  private failed = false;
  private stopped = false;
  private readonly interval: number;
  private readonly retryAfter: number;

  constructor(
    /** What the library holds already: reading the same again sends nothing. */
    private lastSaved: string,
    private readonly options: AutosaveOptions,
  ) {
    this.interval = options.interval ?? 300;
    this.retryAfter = options.retryAfter ?? 2000;
  }

  /** Something changed: save it soon. */
  change(): void {
    if (this.stopped) return;
    this.dirty = true;
    this.report();
    this.schedule(Math.max(0, this.lastStart + this.interval - Date.now()));
  }

  /** Sends what is pending now; resolves when every save sent so far has finished. */
  flush(): Promise<void> {
    this.clearTimer();
    this.send();
    return this.settled();
  }

  /** Flushes, and ignores changes from now on (the editor is going away). */
  stop(): Promise<void> {
    const done = this.flush();
    this.stopped = true;
    return done;
  }

  private settled(): Promise<void> {
    return Promise.all([...this.inFlight]).then(() => undefined);
  }

  private schedule(wait: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // One save at a time while typing; the one running reschedules when it ends.
      if (this.inFlight.size) return;
      this.send();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const content = this.options.read();
    if (content === this.lastSaved) {
      this.failed = false;
      this.report();
      return;
    }
    this.lastStart = Date.now();
    const attempt: Promise<void> = this.options.save(content).then(
      () => {
        this.lastSaved = content;
        this.failed = false;
      },
      (error: unknown) => {
        this.failed = true;
        this.dirty = true;
        this.options.onStatus({
          state: 'error',
          message: this.options.describeError?.(error) ?? 'The briefing could not be saved.',
        });
      },
    );
    const tracked = attempt.finally(() => {
      this.inFlight.delete(tracked);
      if (this.stopped && !this.dirty) return;
      if (this.dirty) this.schedule(this.failed ? this.retryAfter : Math.max(0, this.lastStart + this.interval - Date.now()));
      else this.report();
    });
    this.inFlight.add(tracked);
    this.report();
  }

  private report(): void {
    if (this.failed) return; // the error stays up until a save succeeds
    const busy = this.dirty || this.inFlight.size > 0 || this.timer !== null;
    this.options.onStatus({ state: busy ? 'saving' : 'saved' });
  }
}
