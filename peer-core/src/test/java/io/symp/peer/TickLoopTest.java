package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.clock.SystemClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TickLoopTest {
    private static final long MS = 1_000_000L;

    @Test
    void shouldRunTasksInTheOrderTheyCameBetweenTicks() throws Exception {
        TickLoop loop = new TickLoop("test-order", SystemClock.INSTANCE);
        AtomicInteger ticks = new AtomicInteger();
        loop.start(ticks::incrementAndGet, MS);
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            assertTrue(loop.offer(() -> seen.add(n)));
        }
        CountDownLatch done = new CountDownLatch(1);
        loop.offer(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, seen.get(i));
        }
        loop.shutdown();
        assertTrue(loop.awaitTermination(5, TimeUnit.SECONDS));
        assertTrue(ticks.get() > 0, "it ticked");
    }

    @Test
    void shouldStillRunTasksWhenEveryTickTakesLongerThanThePeriod() throws Exception {
        TickLoop loop = new TickLoop("test-late", SystemClock.INSTANCE);
        AtomicInteger ticks = new AtomicInteger();
        loop.start(() -> {
            ticks.incrementAndGet();
            sleepMs(20);
        }, MS);
        CompletableFuture<Integer> ticksAtTask = new CompletableFuture<>();
        while (ticks.get() < 3) {
            Thread.sleep(5);
        }
        // Every tick is due at once from now on: a loop that always ran a due tick first
        // would never come to the task.
        loop.offer(() -> ticksAtTask.complete(ticks.get()));
        int at = ticksAtTask.get(10, TimeUnit.SECONDS);
        assertTrue(at <= ticks.get() && at >= 3, "ran between ticks: " + at);
        loop.shutdown();
        assertTrue(loop.awaitTermination(5, TimeUnit.SECONDS));
    }

    @Test
    void shouldRunTheTasksQueuedAtShutdownThenEndAndRefuseNewOnes() throws Exception {
        TickLoop loop = new TickLoop("test-shutdown", SystemClock.INSTANCE);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        loop.offer(() -> awaitQuietly(release));
        loop.offer(ran::incrementAndGet);
        loop.offer(ran::incrementAndGet);
        loop.shutdown();
        assertTrue(loop.isShutdown());
        assertFalse(loop.offer(ran::incrementAndGet), "refused after shutdown");
        release.countDown();
        assertTrue(loop.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, ran.get(), "the two queued before shutdown, not the one after");
    }

    @Test
    void shouldHandBackTheTasksLeftWhenStoppedFromItsOwnThread() throws Exception {
        TickLoop loop = new TickLoop("test-stop-now", SystemClock.INSTANCE);
        CountDownLatch queued = new CountDownLatch(1);
        CompletableFuture<List<Runnable>> left = new CompletableFuture<>();
        AtomicInteger ran = new AtomicInteger();
        FutureTask<Integer> waiting = new FutureTask<>(ran::incrementAndGet);
        loop.offer(() -> {
            awaitQuietly(queued);
            left.complete(loop.shutdownNow());
        });
        loop.offer(waiting);
        loop.offer(ran::incrementAndGet);
        queued.countDown();
        assertEquals(2, left.get(5, TimeUnit.SECONDS).size());
        assertTrue(left.get().contains(waiting));
        assertTrue(loop.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(0, ran.get(), "nothing after the stop ran");
        assertFalse(loop.offer(ran::incrementAndGet));
    }

    @Test
    void shouldEndAtOnceWhenShutDownBeforeItsThreadStarted() throws Exception {
        TickLoop loop = new TickLoop("test-never-started", SystemClock.INSTANCE);
        loop.shutdown();
        assertTrue(loop.awaitTermination(1, TimeUnit.SECONDS));
        assertFalse(loop.offer(() -> {}));
    }

    private static void sleepMs(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
