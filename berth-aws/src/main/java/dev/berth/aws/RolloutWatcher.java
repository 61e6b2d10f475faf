package dev.berth.aws;

import dev.berth.deploy.Rollout;
import dev.berth.deploy.RolloutEvent;
import dev.berth.deploy.RolloutOutcome;
import dev.berth.deploy.RolloutTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Polls ECS and feeds the pure {@link Rollout} tracker until the deployment ends: completed, rolled
 * back, failed or timed out. Interrupting the thread stops the watch, never the deployment.
 */
public final class RolloutWatcher {

  /** Waits between two polls. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final EcsCollector collector;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;

  public RolloutWatcher(EcsCollector collector, Clock clock, Sleeper sleeper, Duration interval) {
    this.collector = collector;
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
  }

  /**
   * Follows {@code target} in {@code cluster}, passing every progress event to {@code events} and
   * calling {@code afterPoll} once per look, so a display can show that time passes.
   */
  public RolloutOutcome watch(
      String cluster, RolloutTarget target, Consumer<RolloutEvent> events, Runnable afterPoll)
      throws InterruptedException {
    Rollout rollout = Rollout.follow(target);
    while (true) {
      rollout
          .observe(collector.observe(cluster, target.serviceName(), clock.instant()))
          .forEach(events);
      afterPoll.run();
      if (rollout.outcome().isFinished()) {
        return rollout.outcome();
      }
      sleeper.sleep(interval);
    }
  }
}
