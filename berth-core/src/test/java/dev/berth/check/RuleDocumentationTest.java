package dev.berth.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule in {@link RuleRegistry} has its page {@code docs/rules/ID.md}: titled with its ID and
 * title, stating its severity, and citing the AWS documentation in a Source section; the index
 * {@code docs/rules/README.md} lists every rule.
 */
class RuleDocumentationTest {

  private static final Pattern AWS_DOCS = Pattern.compile("https://docs\\.aws\\.amazon\\.com/\\S+");

  @TestFactory
  Stream<DynamicTest> everyRuleHasItsPage() {
    Path root = repositoryRoot();
    return RuleRegistry.all().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> verifyPage(root, rule)));
  }

  @Test
  void theIndexListsEveryRule() throws IOException {
    String index = read(repositoryRoot().resolve("docs/rules/README.md"));
    for (Rule rule : RuleRegistry.all()) {
      assertThat(index)
          .as("docs/rules/README.md lists %s", rule.id())
          .contains("[" + rule.id() + "](" + rule.id() + ".md)")
          .contains(rule.title());
    }
  }

  private static void verifyPage(Path root, Rule rule) throws IOException {
    Path page = root.resolve(rule.documentation());
    assertThat(page).as("documentation page of %s", rule.id()).isRegularFile();
    String text = read(page);
    List<String> lines = text.lines().toList();
    assertThat(lines).as("%s is empty", page).isNotEmpty();
    assertThat(lines.get(0))
        .as("first line of %s", page)
        .isEqualTo("# " + rule.id() + ": " + rule.title());
    assertThat(
            Pattern.compile("(?i)severity:\\s*\\**\\s*" + rule.severity().label() + "\\b")
                .matcher(text)
                .find())
        .as("%s states the severity %s", page, rule.severity().label())
        .isTrue();
    int source = text.indexOf("\n## Source");
    assertThat(source).as("%s has a \"## Source\" section", page).isNotNegative();
    assertThat(AWS_DOCS.matcher(text.substring(source)).find())
        .as("the Source section of %s cites a https://docs.aws.amazon.com page", page)
        .isTrue();
  }

  /** The checkout's root, from the parent pom's surefire configuration. */
  private static Path repositoryRoot() {
    String property = System.getProperty("berth.root");
    assumeTrue(property != null, "berth.root is not set (run the tests through Maven); skipping");
    Path root = Path.of(property);
    assumeTrue(
        Files.isDirectory(root.resolve("docs/rules")),
        "no docs/rules folder under " + root + "; skipping the documentation check");
    return root;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
