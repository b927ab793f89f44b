package com.designcoach.grading;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedExecutorTest {

	private final SimpleAsyncTaskExecutor threads = threads();

	@Test
	void runsTasksOneAfterAnotherInTheOrderGivenAtLimitOne() throws Exception {
		BoundedExecutor executor = new BoundedExecutor(threads, 1);
		List<Integer> order = new CopyOnWriteArrayList<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(6);
		for (int i = 0; i < 6; i++) {
			int task = i;
			executor.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				order.add(task);
				sleep(5);
				running.decrementAndGet();
				done.countDown();
			});
		}
		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(most).hasValue(1);
	}

	@Test
	void runsUpToTheLimitTogetherAndNeverMore() throws Exception {
		BoundedExecutor executor = new BoundedExecutor(threads, 2);
		CyclicBarrier firstTwoTogether = new CyclicBarrier(2);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		AtomicInteger met = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(5);
		for (int i = 0; i < 5; i++) {
			boolean waitsForPartner = i < 2;
			executor.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					if (waitsForPartner) {
						firstTwoTogether.await(10, TimeUnit.SECONDS);
						met.incrementAndGet();
					}
					sleep(5);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					running.decrementAndGet();
					done.countDown();
				}
			});
		}
		assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
		assertThat(met).hasValue(2);
		assertThat(most).hasValue(2);
	}

	@Test
	void theInterruptThatCancelsATaskDoesNotReachTheNextOne() throws Exception {
		BoundedExecutor executor = new BoundedExecutor(threads, 1);
		CountDownLatch started = new CountDownLatch(1);
		FutureTask<Void> slow = new FutureTask<>(() -> {
			started.countDown();
			Thread.sleep(30_000);
			return null;
		});
		FutureTask<Boolean> next = new FutureTask<>(() -> Thread.currentThread().isInterrupted());
		executor.execute(slow);
		executor.execute(next);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		slow.cancel(true);
		assertThat(next.get(10, TimeUnit.SECONDS)).isFalse();
	}

	private static SimpleAsyncTaskExecutor threads() {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("bounded-test-");
		threads.setDaemon(true);
		return threads;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
