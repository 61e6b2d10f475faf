package dev.berth.cli.mcp;

import java.time.Duration;
import java.util.function.Supplier;

/** Counts tool calls being answered, so the server can finish them before it closes. */
final class CallsInFlight {

  private int running;

  <T> T run(Supplier<T> call) {
    synchronized (this) {
      running++;
    }
    try {
      return call.get();
    } finally {
      synchronized (this) {
        running--;
        notifyAll();
      }
    }
  }

  /** Waits until no call is running, or {@code limit} has passed. */
  synchronized void awaitNone(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (running > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
