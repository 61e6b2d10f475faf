package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every cause has a stable unique ID, fix steps, an AWS source, and its documentation page. */
class CatalogueTest {

  @Test
  void idsAreUniqueAndEveryCauseCarriesFixAndSource() {
    Set<String> ids = new HashSet<>();
    for (Cause cause : Causes.all()) {
      assertThat(ids.add(cause.id())).as("unique id %s", cause.id()).isTrue();
      assertThat(cause.id()).matches("[A-Z]+[0-9]{3}");
      assertThat(cause.fix()).as(cause.id()).isNotEmpty();
      assertThat(cause.evidenceNeeded()).as(cause.id()).isNotBlank();
      assertThat(cause.source()).as(cause.id()).startsWith("https://docs.aws.amazon.com/");
    }
  }

  @Test
  void everyCauseHasADocumentationPageCitingItsSource() throws IOException {
    Path root = Path.of(System.getProperty("berth.root", ".."));
    for (Cause cause : Causes.all()) {
      Path page = root.resolve(cause.documentation());
      assertThat(page).as("documentation of %s", cause.id()).exists();
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(text).startsWith("# " + cause.id() + " ");
      assertThat(text).contains(cause.source());
    }
  }

  @Test
  void everyCauseIsReachableFromSomeMessage() {
    for (Cause cause : Causes.all()) {
      boolean reachable =
          MessageSignatures.all().stream().anyMatch(s -> !s.find(sampleFor(cause)).isEmpty());
      assertThat(reachable).as("a signature for %s", cause.id()).isTrue();
    }
  }

  /** One message per cause, as AWS prints it. */
  private static String sampleFor(Cause cause) {
    return switch (cause.id()) {
      case "EXIT001" -> "Essential container in task exited exit code: 1";
      case "EXIT002" -> "exit code: 127";
      case "EXIT003" -> "exit code 139";
      case "EXIT004" -> "exit code 143";
      case "PULL004" -> "manifest for app:1 not found";
      case "DEPLOY004" -> "Service deployment failed STOPPED";
      default -> String.join(" ", allSamples());
    };
  }

  private static String[] allSamples() {
    return new String[] {
      "i/o timeout",
      "not authorized to perform: ecr:BatchGetImage",
      "manifest unknown",
      "toomanyrequests",
      "exec format error",
      "unable to get registry auth from asm",
      "unable to retrieve secret from asm",
      "AccessDeniedException secretsmanager:GetSecretValue",
      "did not contain json key",
      "OutOfMemoryError",
      "Target.ResponseCodeMismatch",
      "Target.Timeout",
      "is unhealthy in (target-group x)",
      "502 Bad Gateway",
      "No Container Instances were found in your cluster",
      "insufficient memory available",
      "already using a port required by your task",
      "missing an attribute required by your task",
      "placement constraint",
      "encountered error \"AGENT\"",
      "ENI attachment points",
      "unable to place a task. Reason: Internal error",
      "reached the limit on the number of tasks",
      "Capacity is unavailable at this time",
      "SpotInterruption",
      "rolling back to deployment",
      "\"rollback\": false",
      "Target.DeregistrationInProgress",
      "unable to stop or start tasks during a deployment because of the service deployment"
          + " configuration",
      "unable to consistently start tasks successfully",
      "operations are being throttled",
      "has reached a steady state",
      "execute command was not enabled",
      "ssmmessages:OpenDataChannel AccessDenied",
      "TargetNotConnectedException",
      "Unexpected key 'revision' found in params",
      "Lifecycle policy validation failure",
      "Waiter TasksRunning failed",
      "failed to validate logger args",
      "Task failed container health checks",
      "\"platformVersion\": \"1.3.0\""
    };
  }
}
