import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, describeSave, SaveFailure, type SaveState } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (text: string, version: number) => Promise<number>) {
  const states: SaveState[] = [];
  const saver = new Autosaver({
    text: '',
    version: 0,
    save,
    onState: (s) => states.push(s),
    delayMs: 1000,
    retryMs: 3000,
    now: () => 42,
  });
  return { saver, states };
}

describe('Autosaver', () => {
  it('debounces typing into one save with the current version', async () => {
    const save = vi.fn((_t: string, v: number) => Promise.resolve(v + 1));
    const { saver } = setup(save);
    saver.change('a');
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledWith('ab', 0);
    expect(saver.state).toEqual({ kind: 'saved', at: 42 });
    saver.change('abc');
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith('abc', 1);
    expect(saver.currentVersion).toBe(2);
  });

  it('saves again when text changed during a save', async () => {
    let release!: () => void;
    const save = vi.fn(
      (_t: string, v: number) =>
        new Promise<number>((r) => {
          release = () => r(v + 1);
        }),
    );
    const { saver } = setup(save);
    saver.change('one');
    const done = saver.flush();
    saver.change('two');
    release();
    await Promise.resolve();
    await Promise.resolve();
    release();
    await done;
    expect(save.mock.calls.map((c) => c[0])).toEqual(['one', 'two']);
    expect(saver.dirty).toBe(false);
  });

  it('stops on a conflict until reset', async () => {
    const save = vi.fn(() => Promise.reject(new SaveFailure('conflict')));
    const { saver } = setup(save);
    saver.change('x');
    await saver.flush();
    expect(saver.state.kind).toBe('conflict');
    saver.change('y');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    saver.reset('server', 7);
    expect(saver.dirty).toBe(false);
    expect(saver.state.kind).toBe('idle');
  });

  it('retries after a network error', async () => {
    let fail = true;
    const save = vi.fn((_t: string, v: number) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(v + 1),
    );
    const { saver } = setup(save);
    saver.change('x');
    await saver.flush();
    expect(saver.state.kind).toBe('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.state.kind).toBe('saved');
  });

  it('reports text that is too long without retrying', async () => {
    const save = vi.fn(() => Promise.reject(new SaveFailure('too-long', 'too long')));
    const { saver } = setup(save);
    saver.change('x');
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.state).toEqual({ kind: 'too-long', message: 'too long' });
  });
});

describe('describeSave', () => {
  it('words each state', () => {
    expect(describeSave({ kind: 'saved', at: 1000 }, 3000)).toBe('saved 2 s ago');
    expect(describeSave({ kind: 'conflict' }, 0)).toBe('conflict: your other tab changed this, reload');
    expect(describeSave({ kind: 'idle' }, 0)).toBe('');
  });
});
