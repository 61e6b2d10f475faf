package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.source.InputError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

  private final SnapshotReader reader = new SnapshotReader();

  @Test
  void aTruncatedFileIsOneErrorWithLineAndColumnAndTheRestIsStillRead() {
    Map<String, String> files = SnapshotFixtures.files("malformed-truncated-tasks");

    Snapshot snapshot = reader.read(files);

    assertThat(snapshot.errors()).hasSize(1);
    InputError error = snapshot.errors().get(0);
    assertThat(error.file()).isEqualTo("describe-tasks.json");
    assertThat(error.line()).isGreaterThan(1);
    assertThat(error.message()).contains("aws ecs describe-tasks");
    assertThat(snapshot.has(SnapshotFile.DESCRIBE_TASKS)).isFalse();
    assertThat(snapshot.has(SnapshotFile.DESCRIBE_SERVICES)).isTrue();

    DiagnoseReport report = new SnapshotDiagnoser().diagnose(snapshot);
    assertThat(report.service()).isPresent();
    assertThat(report.errors()).containsExactly(error);
  }

  @Test
  void aFileOfTheWrongCallIsRefusedByShape() {
    Snapshot snapshot =
        reader.read(Map.of("describe-services.json", "{\"tasks\": [], \"failures\": []}"));

    assertThat(snapshot.documents()).isEmpty();
    assertThat(snapshot.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(1);
              assertThat(e.message()).contains("\"services\"");
            });
  }

  @Test
  void qualifiedFilesOfOneCallAreMergedAndUnknownFilesLeftOut() {
    Snapshot snapshot =
        reader.read(
            Map.of(
                "describe-tasks.running.json", "{\"tasks\": [{\"taskArn\": \"a/1\"}]}",
                "describe-tasks.stopped.json", "{\"tasks\": [{\"taskArn\": \"a/2\"}]}",
                "notes.json", "not json at all"));

    assertThat(snapshot.errors()).isEmpty();
    assertThat(snapshot.items(SnapshotFile.DESCRIBE_TASKS)).hasSize(2);
  }

  @Test
  void theCorpusBrokenDescribeServicesNamesTheFirstBadQuote() throws Exception {
    java.nio.file.Path file =
        CorpusExplainTest.corpus()
            .resolve("f12-describe-services-circuit-breaker-two-target-groups.json.txt");
    String text = java.nio.file.Files.readString(file);

    Snapshot snapshot = reader.read(Map.of("describe-services.json", text));

    // Line 6 is `"clusterArn": xxx",`: the value lacks its opening quote.
    assertThat(snapshot.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(6));
  }

  @Test
  void theCorpusTruncatedDescribeServicesIsReportedNotThrown() {
    String broken = "{\n  \"services\": [\n    {\n      \"clusterArn\": xxx\",\n";

    Snapshot snapshot = reader.read(Map.of("describe-services.json", broken));

    assertThat(snapshot.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isGreaterThan(10);
            });
  }
}
