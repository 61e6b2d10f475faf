package dev.berth.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The planner and the rollout tracker stay pure: no AWS client, no clock, no files, no printing.
 */
class DeployPurityTest {

  private static final JavaClasses DEPLOY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.berth.deploy");

  @Test
  void noAwsClientHttpOrCli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon.awssdk.http..",
            "software.amazon.awssdk.core.client..",
            "software.amazon.awssdk.awscore.client..",
            "software.amazon.awssdk.services.ecs",
            "software.amazon.awssdk.services.elasticloadbalancingv2",
            "picocli..",
            "java.net..",
            "java.nio.file..",
            "java.io..")
        .check(DEPLOY);
  }

  @Test
  void noClockAndNoPrinting() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(DEPLOY);
  }
}
