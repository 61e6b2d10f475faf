package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One snapshot per cause in the shapes the AWS CLI prints, and beside it one where the evidence is
 * absent and the cause must not be claimed.
 */
class SnapshotDiagnoserTest {

  /** What a case must claim, and what it must not. */
  record Expect(List<String> claims, List<String> never) {}

  static Expect claims(String... ids) {
    return new Expect(List.of(ids), List.of());
  }

  static Expect expect(List<String> claims, List<String> never) {
    return new Expect(claims, never);
  }

  static Expect never(String... ids) {
    return new Expect(List.of(), List.of(ids));
  }

  private static final Map<String, Expect> CASES =
      Map.ofEntries(
          Map.entry("healthy", never()),
          Map.entry("pull001-private-no-nat", claims("PULL001")),
          Map.entry("pull001-absent-nat-route", never("PULL001")),
          Map.entry("pull001-public-subnet-no-public-ip", claims("PULL001")),
          Map.entry("pull001-absent-public-ip-enabled", never("PULL001")),
          Map.entry("pull001-egress-blocked", claims("PULL001")),
          Map.entry("pull001-undecided-no-route-tables", never("PULL001")),
          Map.entry("pull001-absent-all-endpoints", never("PULL001")),
          Map.entry("pull001-s3-endpoint-not-on-route-table", claims("PULL001")),
          Map.entry("pull002-access-denied-message", claims("PULL002")),
          Map.entry("pull002-role-without-ecr", claims("PULL002")),
          Map.entry("pull002-absent-role-has-managed-policy", never("PULL002", "PULL001")),
          Map.entry("pull003-tag-not-found", expect(List.of("PULL003"), List.of("PULL004"))),
          Map.entry(
              "pull004-docker-hub-short-name", expect(List.of("PULL004"), List.of("PULL003"))),
          Map.entry("pull005-docker-hub-rate-limit", claims("PULL005")),
          Map.entry("pull005-absent-docker-hub-timeout-with-nat", never("PULL005", "PULL001")),
          Map.entry("pull006-exec-format-error", claims("PULL006")),
          Map.entry("pull007-registry-auth-no-secretsmanager-endpoint", claims("PULL007")),
          Map.entry("pull007-absent-nat", never("PULL007")),
          Map.entry(
              "secret001-no-secretsmanager-endpoint",
              expect(List.of("SECRET001"), List.of("SECRET002", "SECRET003"))),
          Map.entry("secret001-absent-endpoint-present", never("SECRET001")),
          Map.entry("secret002-access-denied", claims("SECRET002")),
          Map.entry("secret002-role-lacks-get-secret-value", claims("SECRET002")),
          Map.entry("secret002-absent-role-allows", never("SECRET002", "SECRET001", "SECRET003")),
          Map.entry(
              "secret003-value-from-without-trailing-fields",
              expect(List.of("SECRET003"), List.of("SECRET001", "SECRET002"))),
          Map.entry(
              "secret003-missing-json-key", expect(List.of("SECRET003"), List.of("SECRET001"))),
          Map.entry("oom001-out-of-memory-jvm", claims("OOM001")),
          Map.entry("oom001-reason-with-exit-zero", claims("OOM001")),
          Map.entry(
              "oom001-absent-137-after-scale-in",
              expect(List.of("EXIT004"), List.of("OOM001", "CAP002"))),
          Map.entry(
              "exit001-application-error",
              expect(
                  List.of("EXIT001"),
                  List.of("EXIT002", "EXIT003", "PULL006", "OOM001", "LOG001"))),
          Map.entry("exit002-command-not-found", claims("EXIT002")),
          Map.entry("exit003-segfault", claims("EXIT003")),
          Map.entry("exit004-sigterm", claims("EXIT004")),
          Map.entry("exit001-absent-non-essential-sidecar", never("EXIT001")),
          Map.entry(
              "elb001-no-grace-period-slow-start",
              expect(List.of("ELB001"), List.of("ELB002", "ELB004", "HEALTH001"))),
          Map.entry(
              "elb002-404-no-grace-period",
              expect(List.of("ELB002"), List.of("ELB001", "ELB003", "ELB004"))),
          Map.entry(
              "elb001-absent-grace-period-set", expect(List.of(), List.of("ELB001", "EXIT004"))),
          Map.entry(
              "elb003-elb004-timeout-security-group",
              expect(List.of("ELB003", "ELB004"), List.of("ELB002"))),
          Map.entry("elb004-absent-ingress-from-alb", expect(List.of("ELB003"), List.of("ELB004"))),
          Map.entry(
              "place001-no-container-instances", expect(List.of("PLACE001"), List.of("PLACE004"))),
          Map.entry("place004-missing-attribute", expect(List.of("PLACE004"), List.of("PLACE001"))),
          Map.entry("cap001-fargate-capacity", claims("CAP001")),
          Map.entry("cap002-spot-interruption", expect(List.of("CAP002"), List.of("EXIT004"))),
          Map.entry("place-absent-old-events-before-steady-state", never("CAP001")),
          Map.entry(
              "deploy001-rolled-back",
              expect(List.of("DEPLOY001"), List.of("DEPLOY002", "PLAT001"))),
          Map.entry(
              "deploy002-no-circuit-breaker",
              expect(List.of("DEPLOY002", "EXIT001"), List.of("DEPLOY001"))),
          Map.entry(
              "deploy002-absent-breaker-with-rollback",
              expect(List.of("EXIT001"), List.of("DEPLOY002"))),
          Map.entry("deploy003-long-deregistration-delay", claims("DEPLOY003")),
          Map.entry("deploy003-absent-short-delay", never("DEPLOY003")),
          Map.entry("exec-absent-all-in-place", never("EXEC001", "EXEC002", "EXEC003", "EXEC004")),
          Map.entry("exec001-task-started-before-enabled", claims("EXEC001")),
          Map.entry("exec002-task-role-lacks-ssmmessages", claims("EXEC002")),
          Map.entry("exec003-no-ssmmessages-endpoint", claims("EXEC003")),
          Map.entry("exec004-agent-stopped", expect(List.of("EXEC004"), List.of("EXEC001"))),
          Map.entry("plat001-platform-1-3-0", claims("PLAT001")),
          Map.entry("pull001-task-in-the-isolated-subnet", claims("PULL001")),
          Map.entry("pull001-absent-task-in-the-nat-subnet", never("PULL001")),
          Map.entry(
              "health001-container-health-check",
              expect(List.of("HEALTH001"), List.of("OOM001", "ELB001", "ELB002"))),
          Map.entry(
              "log001-log-group-missing",
              expect(List.of("LOG001"), List.of("SECRET003", "PULL001"))),
          Map.entry("malformed-truncated-tasks", never()),
          Map.entry("moto-private-subnet-ecr-endpoints-without-s3", claims("PULL001")));

  static Stream<Arguments> cases() {
    return CASES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void claimsOnlyWhatTheSnapshotProves(String name, Expect expect) {
    DiagnoseReport report = SnapshotFixtures.diagnose(name);
    List<String> claimed = report.causes().stream().map(d -> d.cause().id()).toList();

    if (!expect.claims().isEmpty()) {
      assertThat(claimed).as("causes claimed for %s", name).containsAll(expect.claims());
    }
    if (!expect.never().isEmpty()) {
      assertThat(claimed)
          .as("causes claimed for %s", name)
          .doesNotContainAnyElementsOf(expect.never());
    }
    if (name.equals("healthy")) {
      assertThat(claimed).isEmpty();
      assertThat(report.undecided()).isEmpty();
    }
    for (Diagnosis diagnosis : report.causes()) {
      assertThat(diagnosis.evidence())
          .as("evidence for %s in %s", diagnosis.cause().id(), name)
          .isNotEmpty();
    }
  }

  @Test
  void everyFixtureFolderHasAnExpectation() throws IOException {
    try (Stream<Path> folders = Files.list(SnapshotFixtures.root())) {
      assertThat(CASES.keySet())
          .containsExactlyInAnyOrderElementsOf(
              folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void everyCauseWithSnapshotEvidenceHasAPositiveAndANegativeFixture() {
    for (Cause cause : Causes.all()) {
      boolean positive = CASES.values().stream().anyMatch(e -> e.claims().contains(cause.id()));
      if (positive) {
        assertThat(CASES.values().stream().anyMatch(e -> e.never().contains(cause.id())))
            .as("a fixture where %s must not be claimed", cause.id())
            .isTrue();
      }
    }
  }

  private static Diagnosis claimed(String fixture, String id) {
    return SnapshotFixtures.diagnose(fixture).causes().stream()
        .filter(d -> d.cause().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not claimed for " + fixture));
  }

  @Test
  void namesTheEndpointsARecordedVpcLacks() {
    Diagnosis pull = claimed("moto-private-subnet-ecr-endpoints-without-s3", "PULL001");

    assertThat(pull.evidence()).anyMatch(e -> e.contains("no available endpoint for s3, logs"));
    assertThat(pull.evidence()).noneMatch(e -> e.contains("ecr.api"));
    assertThat(pull.fix().get(0)).contains("com.amazonaws.REGION.s3");
  }

  @Test
  void aPublicSubnetWithoutPublicIpIsSaidInThoseWords() {
    Diagnosis pull = claimed("pull001-public-subnet-no-public-ip", "PULL001");

    assertThat(pull.evidence())
        .anyMatch(e -> e.contains("routes 0.0.0.0/0 to igw-0abc1111") && e.contains("DISABLED"));
  }

  @Test
  void blockedEgressNamesTheSecurityGroup() {
    Diagnosis pull = claimed("pull001-egress-blocked", "PULL001");

    assertThat(pull.evidence()).anyMatch(e -> e.contains("sg-0task1111 have no egress rule"));
  }

  @Test
  void aMissingFileIsNamedInsteadOfAGuess() {
    DiagnoseReport report = SnapshotFixtures.diagnose("pull001-undecided-no-route-tables");

    assertThat(report.undecided())
        .anySatisfy(
            u -> {
              assertThat(u.cause().id()).isEqualTo("PULL001");
              assertThat(u.missingFiles()).contains("describe-route-tables.json");
            });
  }

  @Test
  void aStuckDeploymentSaysHowLongFromTheSnapshotsOwnTimestamps() {
    Diagnosis stuck = claimed("deploy002-no-circuit-breaker", "DEPLOY002");

    assertThat(stuck.evidence()).anyMatch(e -> e.contains("no deploymentCircuitBreaker"));
    assertThat(stuck.evidence()).anyMatch(e -> e.contains("in progress for at least 53 min"));
  }

  @Test
  void theContainersReasonComesBeforeTheTasks() {
    Diagnosis oom = claimed("oom001-out-of-memory-jvm", "OOM001");

    assertThat(oom.evidence().get(0)).contains("/containers/0/exitCode");
    assertThat(oom.evidence().get(1))
        .contains("OutOfMemoryError")
        .contains("(task: \"Essential container in task exited\")");
  }

  @Test
  void aWrongStatusCodeIsNotBlamedOnTheGracePeriod() {
    Diagnosis wrongPath = claimed("elb002-404-no-grace-period", "ELB002");

    assertThat(wrongPath.evidence()).anyMatch(e -> e.contains("/TargetGroups/0/HealthCheckPath"));
    assertThat(wrongPath.fix().get(0))
        .isEqualTo(
            "Make /health answer 200 on the container port, or set web-tg's HealthCheckPath to a path"
                + " that does.");
    assertThat(wrongPath.fix()).anyMatch(f -> f.contains("the service has none"));
  }

  @Test
  void aSecretReferenceWithoutItsTrailingFieldsIsQuoted() {
    Diagnosis reference = claimed("secret003-value-from-without-trailing-fields", "SECRET003");

    assertThat(reference.evidence())
        .anyMatch(e -> e.contains("/secrets/0/valueFrom") && e.contains("KEY::"));
  }

  @Test
  void saysWhichFileWouldShowWhyTasksStop() {
    DiagnoseReport report = SnapshotFixtures.diagnose("place001-no-container-instances");

    assertThat(report.notes())
        .anyMatch(
            n -> n.startsWith("0 of 2 tasks run") && n.contains("describe-tasks.stopped.json"));
  }

  @Test
  void aFailingContainerHealthCheckNamesTheProgramButNotItsArguments() {
    Diagnosis health = claimed("health001-container-health-check", "HEALTH001");

    assertThat(health.evidence())
        .anyMatch(e -> e.contains("healthCheck runs curl, startPeriod 0 s"));
    assertThat(String.join(" ", health.evidence())).doesNotContain("tok-never-print");
  }

  @Test
  void theSubnetTheTaskRanInIsTheOneFollowed() {
    Diagnosis pull = claimed("pull001-task-in-the-isolated-subnet", "PULL001");

    assertThat(pull.evidence())
        .anyMatch(e -> e.contains("rtb-0isol2222 of subnet subnet-0bbb2222"));
    assertThat(pull.evidence()).noneMatch(e -> e.contains("subnet-0aaa1111"));
  }

  @Test
  void theRootCauseComesBeforeTheDeploymentItBroke() {
    List<String> ids =
        SnapshotFixtures.diagnose("deploy002-no-circuit-breaker").causes().stream()
            .map(d -> d.cause().id())
            .toList();

    assertThat(ids.indexOf("EXIT001")).isLessThan(ids.indexOf("DEPLOY002"));
  }
}
