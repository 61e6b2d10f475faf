package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases: every message in the shared failures corpus, with the cause its sidecar (.md)
 * records as the resolution, reviewed by hand. Where a thread had no resolution the expected cause
 * is only what the message itself proves.
 */
class CorpusExplainTest {

  /** File -> the cause that must come first, and causes that must also be offered. */
  private static final Map<String, List<String>> EXPECTED =
      Map.ofEntries(
          // Unresolved; the maintainer points at the network path to Secrets Manager first.
          Map.entry("f01-resourceinit-asm-registry-auth-keycloak.txt", List.of("PULL007")),
          // Resolved two ways: VPC endpoints (network) and, for a variant, ssm:GetParameters.
          Map.entry(
              "f02-resourceinit-ecr-auth-send-request-failed.txt",
              List.of("PULL001", "PULL002", "SECRET002")),
          // Unresolved; the message proves a secret fetch from asm that was retried.
          Map.entry(
              "f03-taskfailedtostart-asm-secret-compose-existing-lb.txt",
              List.of("SECRET001", "SECRET002")),
          Map.entry("f05-ecr-api-dial-tcp-io-timeout.txt", List.of("PULL001")),
          Map.entry("f08-oom-137-fargate-container-limit.txt", List.of("OOM001")),
          Map.entry("f10-unable-to-place-no-container-instances.txt", List.of("PLACE001")),
          Map.entry("f11-unable-to-place-missing-attribute.txt", List.of("PLACE004")),
          // rollback false: the circuit breaker never rolls back; platform 1.3.0 noted.
          Map.entry(
              "f12-describe-services-circuit-breaker-two-target-groups.json.txt",
              List.of("DEPLOY002", "PLAT001")),
          Map.entry("f16-cannotpull-not-found-wrong-tag.txt", List.of("PULL003")),
          Map.entry("f17-cannotpull-image-missing-registry-prefix.txt", List.of("PULL004")),
          Map.entry("f18-cannotpull-dockerhub-fluentbit-latest.txt", List.of("PULL005")),
          Map.entry("f20-deploy-action-unexpected-key.txt", List.of("TASKDEF001")),
          Map.entry("f21-ecr-lifecycle-policy-invalid.txt", List.of("ECR001")),
          // Tentative in the thread: overlapping deployments, the older one superseded.
          Map.entry("f24-ecspresso-service-deployments-stopped.json.txt", List.of("DEPLOY004")),
          // The message proves only that a task stopped; the waiter hides why.
          Map.entry("f25-cli-waiter-tasks-running-stopped.txt", List.of("WAIT001")));

  /** AWS's catalogue of service event messages (f26), one message per entry, in file order. */
  private static final List<String> SERVICE_EVENT_CAUSES =
      List.of(
          "SVC003",
          "PLACE003",
          "PLACE002",
          "PLACE006",
          "ELB002",
          "SVC001",
          "SVC002",
          "DEPLOY005",
          "QUOTA001",
          "PLACE008",
          "QUOTA001",
          "QUOTA001",
          "QUOTA001");

  private final MessageExplainer explainer = new MessageExplainer();

  static Path corpus() {
    return SharedCorpus.path("failures");
  }

  static Stream<Arguments> cases() {
    return EXPECTED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void namesTheRecordedCauseFirst(String file, List<String> expected) throws IOException {
    String text = Files.readString(corpus().resolve(file), StandardCharsets.UTF_8);

    List<Diagnosis> causes = explainer.explain(text);

    assertThat(causes).as("causes for %s", file).isNotEmpty();
    assertThat(causes.get(0).cause().id())
        .as("first cause for %s", file)
        .isEqualTo(expected.get(0));
    assertThat(causes.get(0).evidence()).isNotEmpty();
    assertThat(causes.stream().map(d -> d.cause().id())).containsAll(expected);
  }

  @Test
  void everyCorpusMessageHasAnExpectedCause() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> messages =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".txt") && !name.startsWith("f26-"))
              .toList();
      assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(messages);
    }
  }

  @Test
  void recognisesEveryServiceEventMessageAwsDocuments() throws IOException {
    String text =
        Files.readString(
            corpus().resolve("f26-awsdocs-service-event-message-catalog.txt"),
            StandardCharsets.UTF_8);
    List<String> messages = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      // The catalogue prints a message's second sentence on its own line.
      if (line.startsWith("The closest matching") && !messages.isEmpty()) {
        messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " " + line);
      } else {
        messages.add(line);
      }
    }

    assertThat(messages).hasSameSizeAs(SERVICE_EVENT_CAUSES);
    for (int i = 0; i < messages.size(); i++) {
      List<Diagnosis> causes = explainer.explain(messages.get(i));
      assertThat(causes).as(messages.get(i)).isNotEmpty();
      assertThat(causes.get(0).cause().id())
          .as(messages.get(i))
          .isEqualTo(SERVICE_EVENT_CAUSES.get(i));
    }
  }
}
