package dev.berth.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DiagnoseCommandTest {

  @Test
  void printsStateTimelineAndProvenCausesWithEvidence() {
    CommandRun run =
        CommandRun.of(
            "diagnose", "--snapshot", CommandRun.fixture("pull001-private-no-nat").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Service web ACTIVE");
    assertThat(run.out()).contains("Recent history, newest first:");
    assertThat(run.out()).contains("1. PULL001 ");
    assertThat(run.out()).contains("describe-route-tables.json:3:9 route table rtb-0priv1111");
  }

  @Test
  void jsonCarriesTheCausesList() throws Exception {
    CommandRun run =
        CommandRun.of(
            "diagnose",
            "--snapshot",
            CommandRun.fixture("oom001-out-of-memory-jvm").toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("causes").get(0).get("id").asText()).isEqualTo("OOM001");
    assertThat(json.get("causes").get(0).get("evidence").toString())
        .contains("hard limit 1536 MiB")
        .contains("task memory 2048 MiB")
        .doesNotContain("hunter2");
  }

  @Test
  void aTruncatedFileIsOneLineAndTheRestIsDiagnosed() {
    CommandRun run =
        CommandRun.of(
            "diagnose", "--snapshot", CommandRun.fixture("malformed-truncated-tasks").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).containsPattern("describe-tasks\\.json:\\d+:\\d+: error ");
    assertThat(run.out()).contains("Service web ACTIVE");
    assertThat(run.out()).doesNotContain("Exception");
  }

  @Test
  void aMissingDirectoryIsBadUsage() {
    CommandRun run = CommandRun.of("diagnose", "--snapshot", "no/such/dir");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/dir: not a directory");
  }

  @Test
  void aHealthySnapshotRunsCleanlyAndClaimsNothing() {
    CommandRun run =
        CommandRun.of("diagnose", "--snapshot", CommandRun.fixture("healthy").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No cause is proven by this snapshot.");
  }
}
