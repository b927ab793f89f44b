import type { Framework, Me } from './api';

/** What a view gets: its own container, the user, and hooks tied to its lifetime. */
export interface Ctx {
  root: HTMLElement;
  user: Me;
  framework(): Promise<Framework>;
  /** Runs when the user leaves the view (timers, event streams, pending saves). */
  onCleanup(fn: () => void): void;
  /** False once the user has navigated elsewhere. */
  isCurrent(): boolean;
  setTitle(title: string): void;
}

export const isAdmin = (user: Me) => user.roles.includes('ADMIN');
