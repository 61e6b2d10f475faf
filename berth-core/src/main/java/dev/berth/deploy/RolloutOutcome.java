package dev.berth.deploy;

import java.util.List;

/** Where a rollout stands: still going, or how it ended and why. */
public record RolloutOutcome(Result result, String reason, List<StoppedTask> stoppedTasks) {

  public RolloutOutcome {
    stoppedTasks = List.copyOf(stoppedTasks);
  }

  /** The ways a rollout can end, and the state before it has. */
  public enum Result {
    IN_PROGRESS,
    COMPLETED,
    /** The deployment failed and ECS put the previous deployment back. */
    ROLLED_BACK,
    /** The deployment failed, was stopped or replaced, and nothing rolled it back. */
    FAILED,
    /** The deployment did not finish within the timeout; it may still be running. */
    TIMED_OUT
  }

  public boolean isFinished() {
    return result != Result.IN_PROGRESS;
  }

  public boolean succeeded() {
    return result == Result.COMPLETED;
  }
}
