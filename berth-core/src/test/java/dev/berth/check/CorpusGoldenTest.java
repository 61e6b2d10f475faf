package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.model.WorkloadReader;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import dev.berth.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code berth check} over every file of the shared task definition corpus, against an expected
 * output that was read finding by finding. A change in this output is a change in what berth tells
 * its users: review it the same way.
 */
class CorpusGoldenTest {

  static Path corpus(String folder) {
    return SharedCorpus.path(folder);
  }

  @Test
  void taskDefinitionCorpusMatchesTheReviewedFindings() throws IOException {
    Path dir = corpus("taskdefs");
    WorkloadReader reader = new WorkloadReader();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        reader.add(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    Report report = new Report(Checker.withAllRules().check(reader.workload()), reader.errors());
    List<String> actual = new TextRenderer(false).render(report).lines().toList();

    List<String> expected =
        Files.readAllLines(
            RuleFixturesTest.resources("golden/taskdefs.expected"), StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void everyValidCorpusFileIsReadAsATaskDefinition() throws IOException {
    Path dir = corpus("taskdefs");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        WorkloadReader reader = new WorkloadReader();
        reader.add(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertThat(reader.errors()).as("%s", file).isEmpty();
        assertThat(reader.workload().taskDefinitions()).as("%s", file).hasSize(1);
      }
    }
  }
}
