package dev.berth.cli.deploy;

import dev.berth.cli.ExitCodes;
import dev.berth.deploy.RolloutEvent;
import dev.berth.deploy.RolloutOutcome;
import dev.berth.deploy.StoppedTask;
import dev.berth.diagnose.CauseRenderer;
import dev.berth.diagnose.Diagnosis;
import dev.berth.diagnose.MessageExplainer;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a rollout as it happens: on a terminal, short coloured lines under a status line that
 * counts the time; otherwise one plain line per event with its UTC timestamp, for CI logs.
 */
final class RolloutPrinter {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final PrintWriter out;
  private final boolean terminal;
  private final Clock clock;
  private final Instant started;

  RolloutPrinter(PrintWriter out, boolean terminal, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.instant();
  }

  void event(RolloutEvent event) {
    if (terminal) {
      out.print("\r\u001b[K");
      out.println(
          CLOCK.format(event.at()) + " " + paint(event.kind()) + event.message() + "\u001b[0m");
    } else {
      out.println(
          event.at().truncatedTo(ChronoUnit.SECONDS)
              + " "
              + label(event.kind())
              + " "
              + event.message());
    }
    out.flush();
  }

  /** After each look at the rollout: on a terminal, the status line with the time watched. */
  void tick() {
    if (terminal) {
      out.print(
          "\r\u001b[K\u001b[2m  watching… "
              + elapsed()
              + " (Ctrl-C stops watching, not the deployment)\u001b[0m");
      out.flush();
    }
  }

  /** Prints how the rollout ended and returns the exit code that says it. */
  int finish(RolloutOutcome outcome) {
    if (terminal) {
      out.print("\r\u001b[K");
    }
    switch (outcome.result()) {
      case COMPLETED:
        out.println("Deployment completed: " + outcome.reason());
        break;
      case ROLLED_BACK:
        out.println(
            "Deployment FAILED and was rolled back by ECS: "
                + outcome.reason()
                + "\nThe service runs the previous revision again; the new one did not deploy.");
        break;
      case TIMED_OUT:
        out.println("Deployment TIMED OUT: " + outcome.reason());
        break;
      default:
        out.println("Deployment FAILED: " + outcome.reason());
        break;
    }
    if (!outcome.succeeded() && !outcome.stoppedTasks().isEmpty()) {
      out.println("Why the new tasks stopped:");
      for (StoppedTask task : outcome.stoppedTasks()) {
        out.println("  " + task.describe());
      }
    }
    out.flush();
    return outcome.succeeded() ? ExitCodes.OK : ExitCodes.AWS_FAILED;
  }

  /**
   * After a failed rollout: the likeliest cause of each distinct stop, from berth's cause catalogue
   * (as {@code berth explain} reads them), and the command that proves them from the service's
   * whole snapshot.
   */
  void causes(RolloutOutcome outcome, String cluster, String service) {
    if (outcome.succeeded()) {
      return;
    }
    MessageExplainer explainer = new MessageExplainer();
    Map<String, Diagnosis> likeliest = new LinkedHashMap<>();
    for (StoppedTask task : outcome.stoppedTasks()) {
      // The container's reason says more than the task's, so it is read first.
      List<String> reasons = new ArrayList<>(task.containerReasons());
      reasons.add(task.stoppedReason());
      explainer.explain(String.join("\n", reasons)).stream()
          .findFirst()
          .ifPresent(d -> likeliest.putIfAbsent(d.cause().id(), d));
    }
    if (!likeliest.isEmpty()) {
      out.println();
      out.println("Likely causes:");
      out.print(new CauseRenderer().explainText(List.copyOf(likeliest.values())));
    }
    out.println(
        "For the causes the service's configuration proves (network path, roles, load balancer):"
            + "\n  berth diagnose --cluster "
            + cluster
            + " --service "
            + service);
    out.flush();
  }

  private String elapsed() {
    Duration elapsed = Duration.between(started, clock.instant());
    return elapsed.toMinutes() + "m" + String.format("%02d", elapsed.toSecondsPart()) + "s";
  }

  private static String label(RolloutEvent.Kind kind) {
    return switch (kind) {
      case SERVICE_EVENT -> "event:";
      case COUNTS -> "tasks:";
      case ROLLOUT_STATE -> "state:";
      case LIFECYCLE_STAGE -> "stage:";
      case TASK_STOPPED -> "stopped:";
      case DESIRED_COUNT -> "scaling:";
    };
  }

  private static String paint(RolloutEvent.Kind kind) {
    return switch (kind) {
      case TASK_STOPPED -> "\u001b[31m";
      case ROLLOUT_STATE, LIFECYCLE_STAGE -> "\u001b[1m";
      case COUNTS -> "\u001b[36m";
      default -> "";
    };
  }
}
