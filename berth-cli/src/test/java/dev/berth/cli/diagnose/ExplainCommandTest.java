package dev.berth.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.testing.SharedCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

  @Test
  void explainsAMessageGivenAsArguments() {
    CommandRun run =
        CommandRun.of(
            "explain",
            "Status reason\tOutOfMemoryError: Container killed due to memory usage Exit Code\t137");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1. OOM001 ");
    assertThat(run.out()).contains("docs/causes/OOM001.md");
  }

  @Test
  void readsStandardInputAndPrintsJsonMostLikelyFirst() throws Exception {
    CommandRun run =
        CommandRun.withInput(
            "service web was unable to place a task because no container instance met all of its"
                + " requirements. Reason: No Container Instances were found in your cluster.",
            "explain",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    JsonNode causes = new ObjectMapper().readTree(run.out()).get("causes");
    assertThat(causes.get(0).get("id").asText()).isEqualTo("PLACE001");
    assertThat(causes.get(0).get("evidence").get(0).asText()).contains("No Container Instances");
    assertThat(causes.get(0).get("fix")).isNotEmpty();
  }

  @Test
  void readsAFileFromTheCorpus() {
    Path file = SharedCorpus.path("failures/f18-cannotpull-dockerhub-fluentbit-latest.txt");

    CommandRun run = CommandRun.of("explain", "-f", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("1. PULL005 ");
  }

  @Test
  void anUnreadableFileIsExitCodeTwoWithOneLine() {
    CommandRun run = CommandRun.of("explain", "-f", "no/such/file.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/file.txt").doesNotContain("Exception");
  }

  @Test
  void noMessageIsBadUsage() {
    CommandRun run = CommandRun.withInput("", "explain");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no message to explain");
  }

  @Test
  void anUnknownMessageStillRunsCleanly() {
    CommandRun run = CommandRun.of("explain", "everything is fine");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("No known ECS");
  }
}
