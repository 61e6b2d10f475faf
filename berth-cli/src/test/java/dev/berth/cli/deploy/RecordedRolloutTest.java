package dev.berth.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.BerthCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The watch that {@code berth deploy} ends with, run by {@code berth status --wait} over real HTTP
 * against recorded rollouts: the exit code and what a user reads.
 */
class RecordedRolloutTest {

  private record Run(int exit, String out, String err) {}

  private static Run watch(String scenario) throws Exception {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    try (RecordedEcs ecs = new RecordedEcs(scenario)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine commandLine = BerthCommand.commandLine();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      int exit =
          commandLine.execute(
              "status",
              "--cluster",
              "prod",
              "--service",
              "web",
              "--wait",
              "--poll-interval",
              "10ms",
              "--region",
              "eu-west-1",
              "--endpoint-url",
              ecs.endpoint().toString());
      return new Run(exit, out.toString(), err.toString());
    }
  }

  @Test
  void circuitBreakerRollbackExits3AndSaysWhyTheTasksFailed() throws Exception {
    Run run = watch("circuit-breaker-rollback");

    assertThat(run.exit()).as(run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains(
            "event: (service web) (deployment ecs-svc/4512687322014863108) deployment failed:"
                + " tasks failed to start.")
        .contains(
            "Deployment FAILED and was rolled back by ECS: ECS deployment circuit breaker: tasks"
                + " failed to start.")
        .contains("Why the new tasks stopped:")
        .contains(
            "task 5c4b3a29180706f5e4d3c2b1a0f9e8d7: Essential container in task exited"
                + " [EssentialContainerExited]; app exit code 1")
        .contains("Likely causes:\n1. EXIT001")
        .contains("berth diagnose --cluster prod --service web");
  }

  @Test
  void successfulRolloutExits0() throws Exception {
    Run run = watch("success");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Service web (ACTIVE) in prod: web:8")
        .contains("container app: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.8")
        .contains("Deployment completed: 2 of 2 tasks running web:8");
  }
}
