package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.check.Checker;
import dev.berth.check.RuleRegistry;
import dev.berth.model.WorkloadReader;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import dev.berth.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published lifecycle policies in the shared corpus, checked by the ECR rules; the output is
 * compared line by line with {@code ecr/corpus-lifecycle.golden.txt}, which was reviewed by hand.
 */
class CorpusLifecycleGoldenTest {

  @Test
  void corpusPoliciesGiveTheReviewedFindings() throws IOException {
    Path folder = SharedCorpus.path("lifecycle");

    WorkloadReader reader = new WorkloadReader();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      reader.add("lifecycle/" + file.getFileName(), Files.readString(file));
    }
    Report report =
        new Report(
            new Checker(RuleRegistry.withPrefix("ECR")).check(reader.workload()), reader.errors());
    String actual = new TextRenderer(false).render(report);

    assertThat(reader.workload().lifecyclePolicies()).hasSize(7);
    assertThat(reader.errors()).hasSize(3);
    assertThat(actual.lines().toList()).containsExactlyElementsOf(golden().lines().toList());
  }

  private static String golden() throws IOException {
    try (InputStream in =
        CorpusLifecycleGoldenTest.class.getResourceAsStream("/ecr/corpus-lifecycle.golden.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
