import { describe, expect, it } from 'vitest';
import { Drafts } from './drafts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('Drafts', () => {
  it('restores a draft typed on top of the version the service still has', () => {
    const drafts = new Drafts(new MemoryStorage());
    drafts.save('7:framing', 'typed but never saved', 3);
    expect(drafts.recover('7:framing', 'saved text', 3)).toEqual({ kind: 'restore', text: 'typed but never saved' });
  });

  it('offers a copy when the step changed elsewhere since', () => {
    const drafts = new Drafts(new MemoryStorage());
    drafts.save('7:framing', 'typed in this tab', 3);
    expect(drafts.recover('7:framing', 'saved from another tab', 4)).toEqual({
      kind: 'copy',
      text: 'typed in this tab',
    });
  });

  it('has nothing to recover when the service already has the text, and forgets that draft', () => {
    const storage = new MemoryStorage();
    const drafts = new Drafts(storage);
    drafts.save('7:framing', 'same', 3);
    expect(drafts.recover('7:framing', 'same', 4)).toEqual({ kind: 'none' });
    expect(storage.length).toBe(0);
    expect(drafts.recover('7:evaluation', 'anything', 0)).toEqual({ kind: 'none' });
  });

  it('ignores what it did not write and works with no storage at all', () => {
    const storage = new MemoryStorage();
    storage.setItem('design-coach:draft:7:framing', '{not json');
    expect(new Drafts(storage).recover('7:framing', 'x', 1)).toEqual({ kind: 'none' });
    const none = new Drafts(null);
    none.save('7:framing', 'x', 1);
    expect(none.recover('7:framing', 'y', 1)).toEqual({ kind: 'none' });
  });

  it('forgets every draft at sign-out and leaves other keys alone', () => {
    const storage = new MemoryStorage();
    const drafts = new Drafts(storage);
    drafts.save('7:framing', 'a', 1);
    drafts.save('8:evaluation', 'b', 1);
    storage.setItem('theme', 'dark');
    drafts.clearAll();
    expect(storage.length).toBe(1);
    expect(storage.getItem('theme')).toBe('dark');
  });
});
