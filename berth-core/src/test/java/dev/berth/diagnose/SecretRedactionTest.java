package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Environment values of the task definitions in the fixtures never reach any output. */
class SecretRedactionTest {

  /** The fixtures' task definition holds DB_PASSWORD with this value. */
  private static final String SECRET_VALUE = "hunter2-never-print-me";

  static Stream<String> fixtures() {
    return Stream.of(
        "oom001-out-of-memory-jvm",
        "secret002-access-denied",
        "pull001-private-no-nat",
        "exit001-application-error");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void noOutputShowsASecretLookingEnvironmentValue(String fixture) {
    assertThat(String.join("", SnapshotFixtures.files(fixture).values())).contains(SECRET_VALUE);

    DiagnoseReport report = SnapshotFixtures.diagnose(fixture);
    CauseRenderer renderer = new CauseRenderer();

    assertThat(renderer.diagnoseText(report)).doesNotContain(SECRET_VALUE);
    assertThat(renderer.diagnoseJson(report)).doesNotContain(SECRET_VALUE);
  }
}
