package dev.berth.deploy;

import java.time.Instant;

/** Something that happened during a rollout, worth a line of progress. */
public record RolloutEvent(Instant at, Kind kind, String message) {

  /** What the line is about. */
  public enum Kind {
    /** A service event from ECS, quoted. */
    SERVICE_EVENT,
    /** Running, pending or desired counts of a deployment changed. */
    COUNTS,
    /** The rollout state of the followed deployment changed. */
    ROLLOUT_STATE,
    /** An ECS-native blue/green, linear or canary deployment entered a lifecycle stage. */
    LIFECYCLE_STAGE,
    /** A task of the new deployment stopped. */
    TASK_STOPPED,
    /** The service's desired count changed during the rollout (scaling). */
    DESIRED_COUNT
  }
}
