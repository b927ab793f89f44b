// Keeps what the candidate typed in this browser until the service has it, so a crashed
// browser, a closed tab or a lost connection loses nothing. Drafts are keyed by
// interview and field, and cleared once saved and at sign-out (shared computers).

export interface Draft {
  text: string;
  baseVersion: number;
  at: number;
}

/** What to do with a draft found when a step is opened. */
export type Recovery =
  | { kind: 'none' }
  | { kind: 'restore'; text: string } // the step is as the draft left it: put the draft back and save it
  | { kind: 'copy'; text: string }; // the step changed elsewhere since: show the draft to copy from

const PREFIX = 'design-coach:draft:';

/** The browser's storage, or none where it is unavailable (private modes, tests). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class Drafts {
  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => number = Date.now,
  ) {}

  save(key: string, text: string, baseVersion: number): void {
    if (!this.storage) return;
    const draft: Draft = { text, baseVersion, at: this.now() };
    try {
      this.storage.setItem(PREFIX + key, JSON.stringify(draft));
    } catch {
      /* full or blocked: the service still has the last save */
    }
  }

  load(key: string): Draft | null {
    try {
      const raw = this.storage?.getItem(PREFIX + key);
      if (!raw) return null;
      const d = JSON.parse(raw) as Partial<Draft>;
      return typeof d.text === 'string' && typeof d.baseVersion === 'number' && typeof d.at === 'number'
        ? (d as Draft)
        : null;
    } catch {
      return null;
    }
  }

  clear(key: string): void {
    try {
      this.storage?.removeItem(PREFIX + key);
    } catch {
      /* nothing to clear */
    }
  }

  /** Forgets every draft in this browser: at sign-out. */
  clearAll(): void {
    if (!this.storage) return;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    keys.forEach((k) => this.storage!.removeItem(k));
  }

  recover(key: string, serverText: string, serverVersion: number): Recovery {
    const draft = this.load(key);
    if (!draft || draft.text === serverText) {
      if (draft) this.clear(key);
      return { kind: 'none' };
    }
    return draft.baseVersion === serverVersion
      ? { kind: 'restore', text: draft.text }
      : { kind: 'copy', text: draft.text };
  }
}

export const drafts = new Drafts(browserStorage());
