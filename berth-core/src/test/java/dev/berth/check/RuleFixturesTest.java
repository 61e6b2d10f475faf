package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.model.Workload;
import dev.berth.model.WorkloadReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule is proven by fixtures in {@code src/test/resources/rules/ID/} (task definitions for
 * ECS rules, lifecycle policies for ECR rules): each {@code bad-*.json} must produce exactly the
 * findings of that rule listed in its {@code .expected} file ({@code line:column severity}, one a
 * line), and each {@code good-*.json} none of that rule.
 */
class RuleFixturesTest {

  private static final Path ROOT = resources("rules");

  @Test
  void everyRuleHasAFailingAndAPassingFixture() throws IOException {
    for (Rule rule : RuleRegistry.all()) {
      Path dir = ROOT.resolve(rule.id());
      assertThat(dir).as("fixtures of %s", rule.id()).isDirectory();
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).as("bad fixture of %s", rule.id()).anyMatch(n -> n.startsWith("bad-"));
        assertThat(names).as("good fixture of %s", rule.id()).anyMatch(n -> n.startsWith("good-"));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      Path dir = ROOT.resolve(rule.id());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(p -> p.toString().endsWith(".json"))
            .sorted()
            .forEach(
                fixture ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            rule.id() + " " + fixture.getFileName(), () -> verify(rule, fixture))));
      }
    }
    return tests.stream();
  }

  private static void verify(Rule rule, Path fixture) throws IOException {
    List<String> actual =
        findings(fixture).stream()
            .filter(f -> f.ruleId().equals(rule.id()))
            .map(
                f -> f.location().line() + ":" + f.location().column() + " " + f.severity().label())
            .toList();
    String name = fixture.getFileName().toString();
    if (name.startsWith("good-")) {
      assertThat(actual).as("%s must pass %s", name, rule.id()).isEmpty();
      return;
    }
    Path expectedFile = fixture.resolveSibling(name.replaceAll("\\.json$", ".expected"));
    List<String> expected =
        Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    assertThat(expected).as("%s lists at least one finding", expectedFile).isNotEmpty();
    assertThat(actual).as("%s findings of %s", name, rule.id()).isEqualTo(expected);
  }

  static List<Finding> findings(Path file) throws IOException {
    WorkloadReader reader = new WorkloadReader();
    reader.add(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    assertThat(reader.errors()).as("%s parses", file).isEmpty();
    Workload workload = reader.workload();
    assertThat(workload.taskDefinitions().size() + workload.lifecyclePolicies().size())
        .as("%s is one task definition or lifecycle policy", file)
        .isEqualTo(1);
    return Checker.withAllRules().check(reader.workload());
  }

  static Path resources(String name) {
    try {
      return Path.of(RuleFixturesTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
