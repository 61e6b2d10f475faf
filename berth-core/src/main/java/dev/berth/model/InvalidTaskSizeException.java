package dev.berth.model;

import java.util.List;

/** A cpu/memory pair that Fargate refuses, with the nearest sizes it accepts. */
public final class InvalidTaskSizeException extends IllegalArgumentException {

  private final transient List<FargateTaskSize> nearest;

  public InvalidTaskSizeException(int cpu, int memory, List<FargateTaskSize> nearest) {
    super(
        "Fargate has no task size cpu "
            + cpu
            + " / memory "
            + memory
            + "; nearest valid: "
            + nearest);
    this.nearest = List.copyOf(nearest);
  }

  public List<FargateTaskSize> nearest() {
    return nearest;
  }
}
