package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final String VALID =
      """
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        "containerDefinitions": [{
          "name": "web",
          "image": "public.ecr.aws/nginx/nginx:1.27",
          "essential": true,
          "logConfiguration": {"logDriver": "awslogs", "options": {
            "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1",
            "awslogs-stream-prefix": "web", "mode": "blocking"}}
        }]
      }
      """;

  private static final String INVALID_SIZE = VALID.replace("\"512\"", "\"3000\"");

  @TempDir Path dir;

  @Test
  void aCleanTaskDefinitionExitsZero() throws IOException {
    Path file = write("td.json", VALID);

    CliRun run = CliRun.of("check", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes\n");
  }

  @Test
  void findingsAtOrAboveFailOnExitOne() throws IOException {
    Path file = write("td.json", INVALID_SIZE);

    CliRun run = CliRun.of("check", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(
            file + ":6:13: error ECS001 Fargate has no task size cpu 256 / memory 3000 MiB");
  }

  @Test
  void failOnDecidesTheExitCode() throws IOException {
    Path file = write("td.json", VALID.replace("nginx:1.27", "nginx:latest"));

    assertThat(CliRun.of("check", file.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", "--fail-on", "warning", file.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void malformedJsonIsOneLineAndTheOtherFilesAreStillChecked() throws IOException {
    write("a-broken.json", "{\n  \"family\": \"x\",\n}\n");
    write("b-invalid.json", INVALID_SIZE);

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(dir.resolve("a-broken.json") + ":3:1: error unexpected character '}'")
        .contains("ECS001")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws IOException {
    Path file = write("td.json", INVALID_SIZE);

    CliRun run = CliRun.of("check", "--format", "json", file.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());

    JsonNode finding = root.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("ECS001");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("file").asText()).isEqualTo(file.toString());
    assertThat(finding.get("line").asInt()).isEqualTo(6);
    assertThat(finding.get("column").asInt()).isEqualTo(13);
    assertThat(finding.get("pointer").asText()).isEqualTo("/memory");
    assertThat(finding.get("message").asText()).contains("3000");
    assertThat(root.get("errors").isArray()).isTrue();
  }

  @Test
  void sarifOutputIsVersion210WithTheRules() throws IOException {
    Path file = write("td.json", INVALID_SIZE);

    JsonNode root =
        new ObjectMapper().readTree(CliRun.of("check", "--format", "sarif", file.toString()).out());

    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = root.get("runs").get(0);
    assertThat(run.at("/tool/driver/rules").size()).isGreaterThanOrEqualTo(19);
    assertThat(run.at("/results/0/ruleId").asText()).isEqualTo("ECS001");
    assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(6);
  }

  @Test
  void jsonFilesThatAreNotEcsDocumentsAreSkippedSilently() throws IOException {
    write("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}");
    write("tsconfig.json", "{\"compilerOptions\": {\"strict\": true}}");
    write("notes.txt", "not json at all");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes\n");
  }

  @Test
  void secretValuesAreNeverPrinted() throws IOException {
    String leaky =
        VALID.replace(
            "\"essential\": true,",
            "\"essential\": true, \"environment\": [{\"name\": \"DB_PASSWORD\","
                + " \"value\": \"correct-horse-battery\"}],");
    Path file = write("td.json", leaky);

    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun run = CliRun.of("check", "--format", format, file.toString());
      assertThat(run.out()).contains("DB_PASSWORD").doesNotContain("correct-horse-battery");
    }
  }

  @Test
  void aMissingPathOrABadOptionIsAUsageError() {
    CliRun missing = CliRun.of("check", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.out()).contains("nope.json:1:1: error no such file or directory");

    CliRun badOption = CliRun.of("check", "--fail-on", "fatal", dir.toString());
    assertThat(badOption.exitCode()).isEqualTo(2);
    assertThat(badOption.err()).contains("'fatal' is not a severity; use error, warning or note");
  }

  @Test
  void invalidUtf8IsReportedNotGuessed() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xe9, '"', '}'});

    CliRun run = CliRun.of("check", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("latin1.json:1:7: error not UTF-8 text (byte 7)");
  }

  @Test
  void brokenJsonThatIsNotMeantForBerthIsSkippedLikeAnyOtherFile() throws IOException {
    write("tsconfig.json", "{\n  // generated by tsc --init\n  \"compilerOptions\": {}\n}\n");
    write("td.json", VALID);

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 notes\n");
  }

  @Test
  void aFolderWithNothingToCheckSaysSo() throws IOException {
    write("package.json", "{\"name\": \"app\"}");

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("nothing to check: none of the 1 file(s) read");
  }

  @Test
  void aRuleThatFailsOnOneFileLeavesTheOthersChecked() throws IOException {
    write("a-odd.json", VALID.replace("\"networkMode\": \"awsvpc\"", "\"networkMode\": 7"));
    write("b-invalid.json", INVALID_SIZE);

    CliRun run = CliRun.of("check", dir.toString());

    assertThat(run.out())
        .contains("a-odd.json:4:18: error ECS019 networkMode must be a string")
        .contains("b-invalid.json:6:13: error ECS001")
        .doesNotContain("failed on this document");
  }

  @Test
  void symbolicLinksInAFolderAreFollowed() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("td.json"), INVALID_SIZE);
    Path linked = Files.createDirectories(dir.resolve("linked"));
    Files.createSymbolicLink(linked.resolve("td.json"), real.resolve("td.json"));

    CliRun run = CliRun.of("check", linked.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(linked.resolve("td.json") + ":6:13: error ECS001");
  }

  @Test
  void berthWithoutACommandIsAUsageError() {
    CliRun run = CliRun.of();
    CliRun ecr = CliRun.of("ecr");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: berth");
    assertThat(ecr.exitCode()).isEqualTo(2);
    assertThat(ecr.err()).contains("Usage: berth ecr");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
