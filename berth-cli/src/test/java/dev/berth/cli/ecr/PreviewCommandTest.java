package dev.berth.cli.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.cli.BerthCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PreviewCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = BerthCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(PreviewCommandTest.class.getResource("/ecr/" + name).toURI()).toString();
  }

  @Test
  void printsATableAndASummaryMatchingTheDocumentedExample() throws Exception {
    int exit =
        run(
            "ecr",
            "preview",
            "--policy",
            fixture("multiple-rules-a.json"),
            "--images",
            fixture("images-abc.json"),
            "--at",
            "2026-12-04T00:00:00Z");

    assertThat(exit).isZero();
    assertThat(out.toString().lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("sha256:aaaaaaaaaaaa  beta-1,prod-1")
                    .contains("expire   1"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("sha256:bbbbbbbbbbbb  beta-2,prod-2")
                    .contains("keep     1"))
        .anySatisfy(
            l -> assertThat(l).startsWith("sha256:cccccccccccc  beta-3").contains("keep     2"))
        .contains("2 kept, 1 expired (50.0 MiB freed) at 2026-12-04T00:00:00Z");
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws Exception {
    int exit =
        run(
            "ecr", "preview",
            "--policy", fixture("multiple-rules-a.json"),
            "--images", fixture("images-abc.json"),
            "--at", "2026-12-04T00:00:00Z",
            "--format", "json");

    assertThat(exit).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode first = root.get("images").get(2);
    assertThat(first.get("digest").asText()).startsWith("sha256:aaaa");
    assertThat(first.get("tags")).hasSize(2);
    assertThat(first.get("pushedAt").asText()).isEqualTo("2026-11-24T00:00:00Z");
    assertThat(first.get("verdict").asText()).isEqualTo("expire");
    assertThat(first.get("rule").asInt()).isEqualTo(1);
    assertThat(first.get("reason").asText()).contains("newest 1");
    assertThat(root.get("summary").get("expired").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("bytesFreed").asLong()).isEqualTo(52428800L);
  }

  @Test
  void aPolicyWithErrorsIsReportedAndNotPreviewed() throws Exception {
    int exit =
        run(
            "ecr",
            "preview",
            "--policy",
            fixture("bad-policy.json"),
            "--images",
            fixture("images-abc.json"));

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("bad-policy.json:5:34: error ECR003 rule 1 selects tagged images but has no")
        .contains("no preview");
  }

  @Test
  void brokenJsonIsOneLineWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path broken =
        Files.writeString(
            dir.resolve("p.json"), "{\"rules\": [\n  {\"rulePriority\": 1\n   \"x\": 1}]}");

    int exit =
        run(
            "ecr",
            "preview",
            "--policy",
            broken.toString(),
            "--images",
            fixture("images-abc.json"));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines().findFirst().orElseThrow())
        .isEqualTo("berth: " + broken + ":3:4: missing comma: expected \",\" or \"}\" before this");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void aBadEvaluationTimeIsAUsageError() throws Exception {
    int exit =
        run(
            "ecr",
            "preview",
            "--policy",
            fixture("multiple-rules-a.json"),
            "--images",
            fixture("images-abc.json"),
            "--at",
            "yesterday");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--at yesterday is not a time berth reads")
        .contains("2026-12-04T00:00:00Z, 2026-12-04 or epoch seconds");
  }

  @Test
  void aSavedSnapshotIsPreviewedWithTheRepositorysOwnPolicy(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(fixture("images-abc.json")), dir.resolve("describe-images.json"));
    String policy = Files.readString(Path.of(fixture("multiple-rules-a.json")));
    Files.writeString(
        dir.resolve("get-lifecycle-policy.json"),
        new ObjectMapper()
            .createObjectNode()
            .put("registryId", "123456789012")
            .put("repositoryName", "web")
            .put("lifecyclePolicyText", policy)
            .toString());

    int exit = run("ecr", "preview", "--snapshot", dir.toString(), "--at", "2026-12-04T00:00:00Z");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("2 kept, 1 expired (50.0 MiB freed)");
  }

  @Test
  void theImagesMustComeFromExactlyOnePlace() throws Exception {
    int exit =
        run(
            "ecr",
            "preview",
            "--policy",
            fixture("multiple-rules-a.json"),
            "--images",
            fixture("images-abc.json"),
            "--repository",
            "web");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("give exactly one of --images FILE, --repository NAME or --snapshot DIR");
  }
}
