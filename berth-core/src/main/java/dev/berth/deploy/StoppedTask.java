package dev.berth.deploy;

import java.util.List;

/**
 * A task that stopped during the rollout, with ECS's reasons: the task's stoppedReason and
 * stopCode, and per container its exit code and reason.
 */
public record StoppedTask(
    String taskArn, String stopCode, String stoppedReason, List<String> containerReasons) {

  public StoppedTask {
    containerReasons = List.copyOf(containerReasons);
  }

  /** One line: the reason, then each container's. */
  public String describe() {
    StringBuilder line = new StringBuilder(shortId(taskArn)).append(": ");
    line.append(stoppedReason.isEmpty() ? "(no reason given)" : stoppedReason);
    if (!stopCode.isEmpty()) {
      line.append(" [").append(stopCode).append("]");
    }
    for (String container : containerReasons) {
      line.append("; ").append(container);
    }
    return line.toString();
  }

  private static String shortId(String arn) {
    int slash = arn.lastIndexOf('/');
    return slash < 0 ? arn : "task " + arn.substring(slash + 1);
  }
}
