package com.designcoach.grading;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks on shared threads, at most {@code limit} at once and the others in the order
 * they came, as a fixed pool of that size would: a thread that finishes a task goes on to
 * the next waiting one. So features can share the service's threads and each keep its own
 * bound.
 */
final class BoundedExecutor implements Executor {

	private final Executor threads;

	private final int limit;

	/** Guarded by this, like {@link #running}. */
	private final Queue<Runnable> waiting = new ArrayDeque<>();

	private int running;

	BoundedExecutor(Executor threads, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("At least one task must be able to run, not " + limit);
		}
		this.threads = threads;
		this.limit = limit;
	}

	@Override
	public void execute(Runnable task) {
		synchronized (this) {
			if (running == limit) {
				waiting.add(task);
				return;
			}
			running++;
		}
		try {
			threads.execute(() -> runFrom(task));
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				running--;
			}
			throw ex;
		}
	}

	private void runFrom(Runnable first) {
		Thread thread = Thread.currentThread();
		for (Runnable task = first; task != null; task = next()) {
			try {
				task.run();
			}
			catch (RuntimeException ex) { // reported as a dying pool thread would, and
											// the queue goes on
				thread.getUncaughtExceptionHandler().uncaughtException(thread, ex);
			}
			Thread.interrupted(); // a cancelled task's interrupt is not meant for the
									// next task
		}
	}

	private synchronized Runnable next() {
		Runnable task = waiting.poll();
		if (task == null) {
			running--;
		}
		return task;
	}

}
