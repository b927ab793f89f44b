// Debounced autosave for one text field, with optimistic versions. The save function
// answers the new version, or throws a SaveFailure telling what went wrong.
import { formatAgo } from './format';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'conflict' }
  | { kind: 'too-long'; message: string }
  | { kind: 'error'; message: string };

export class SaveFailure extends Error {
  constructor(
    readonly kind: 'conflict' | 'too-long' | 'error',
    message?: string,
  ) {
    super(message ?? kind);
  }
}

export interface AutosaveOptions {
  text: string;
  version: number;
  save: (text: string, version: number) => Promise<number>;
  onState: (state: SaveState) => void;
  delayMs?: number;
  retryMs?: number;
  now?: () => number;
}

export class Autosaver {
  private text: string;
  private savedText: string;
  private version: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private blocked = false;
  state: SaveState = { kind: 'idle' };

  constructor(private readonly options: AutosaveOptions) {
    this.text = options.text;
    this.savedText = options.text;
    this.version = options.version;
  }

  get currentVersion(): number {
    return this.version;
  }
  get dirty(): boolean {
    return this.text !== this.savedText;
  }

  /** The user typed: save after a pause. */
  change(text: string): void {
    this.text = text;
    if (this.blocked) return;
    this.set(this.dirty ? { kind: 'dirty' } : this.state.kind === 'dirty' ? { kind: 'idle' } : this.state);
    this.schedule(this.options.delayMs ?? 1200);
  }

  /** Saves now (on blur, before submit, when leaving); resolves when nothing is pending. */
  async flush(): Promise<void> {
    this.clear();
    while (!this.blocked) {
      if (this.running) {
        await this.running;
        continue;
      }
      if (!this.dirty) return;
      this.running = this.saveOnce();
      await this.running;
      this.running = null;
      if (this.state.kind !== 'dirty') return;
    }
  }

  /** After a conflict: take the server's copy and start over from it. */
  reset(text: string, version: number): void {
    this.clear();
    this.text = text;
    this.savedText = text;
    this.version = version;
    this.blocked = false;
    this.set({ kind: 'idle' });
  }

  dispose(): void {
    this.clear();
    this.blocked = true;
  }

  private async saveOnce(): Promise<void> {
    const text = this.text;
    this.set({ kind: 'saving' });
    try {
      this.version = await this.options.save(text, this.version);
      this.savedText = text;
      this.set(this.dirty ? { kind: 'dirty' } : { kind: 'saved', at: this.now() });
    } catch (e) {
      const failure = e instanceof SaveFailure ? e : new SaveFailure('error', 'not saved: the service is unreachable');
      if (failure.kind === 'conflict') {
        this.blocked = true;
        this.set({ kind: 'conflict' });
      } else if (failure.kind === 'too-long') this.set({ kind: 'too-long', message: failure.message });
      else {
        this.set({ kind: 'error', message: failure.message });
        this.schedule(this.options.retryMs ?? 5000);
      }
    }
  }

  private schedule(ms: number): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private set(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }
}

/** The words shown next to the editor. */
export function describeSave(state: SaveState, now: number): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'dirty':
      return 'unsaved changes';
    case 'saving':
      return 'saving…';
    case 'saved':
      return `saved ${formatAgo(now - state.at)}`;
    case 'conflict':
      return 'conflict: your other tab changed this, reload';
    case 'too-long':
      return state.message;
    case 'error':
      return state.message;
  }
}
