package dev.berth.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.deploy.RolloutEvent;
import dev.berth.deploy.RolloutOutcome;
import dev.berth.deploy.StoppedTask;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutPrinterTest {

  private final StringWriter text = new StringWriter();
  private final RolloutPrinter plain =
      new RolloutPrinter(
          new PrintWriter(text),
          false,
          Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void rolledBackIsExit3AndSaysWhyTheTasksStopped() {
    int exit =
        plain.finish(
            new RolloutOutcome(
                RolloutOutcome.Result.ROLLED_BACK,
                "ECS deployment circuit breaker: tasks failed to start.",
                List.of(
                    new StoppedTask(
                        "arn:aws:ecs:eu-west-1:123456789012:task/prod/5c4b3a29",
                        "EssentialContainerExited",
                        "Essential container in task exited",
                        List.of("app exit code 1")))));

    assertThat(exit).isEqualTo(3);
    assertThat(text.toString())
        .contains("Deployment FAILED and was rolled back by ECS: ECS deployment circuit breaker")
        .contains(
            "task 5c4b3a29: Essential container in task exited [EssentialContainerExited];"
                + " app exit code 1");
  }

  @Test
  void completedIsExit0() {
    assertThat(
            plain.finish(
                new RolloutOutcome(
                    RolloutOutcome.Result.COMPLETED, "2 of 2 tasks running web:8", List.of())))
        .isZero();
  }

  @Test
  void withoutATerminalEachEventIsOneTimestampedLine() {
    plain.event(
        new RolloutEvent(
            Instant.parse("2026-03-02T10:00:15.123456Z"),
            RolloutEvent.Kind.SERVICE_EVENT,
            "(service web) has reached a steady state."));

    assertThat(text.toString())
        .isEqualTo("2026-03-02T10:00:15Z event: (service web) has reached a steady state.\n");
  }
}
