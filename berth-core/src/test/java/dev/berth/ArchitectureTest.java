package dev.berth;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * berth-core is pure: it reads the AWS SDK's model classes for field metadata, but never builds or
 * calls an SDK client, never touches picocli, reads no clock, touches no file or network, and never
 * prints. Every package of it, analysis and readers alike, is held to this.
 */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.berth");

  /** What berth-core may use of the SDK: the generated model and the metadata behind it. */
  static final ArchRule SDK_MODEL_ONLY =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("software.amazon.awssdk..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "software.amazon.awssdk.services..model..",
                              "software.amazon.awssdk.core",
                              "software.amazon.awssdk.core.protocol..",
                              "software.amazon.awssdk.core.traits.."))))
          .because("only berth-aws talks to AWS; berth-core uses the SDK's model for metadata");

  static final ArchRule NO_CLI =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("the command line lives in berth-cli");

  static final ArchRule NO_PRINTING =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("berth-core reports through return values; the CLI prints");

  /** Analysis reads no clock: the evaluation time is always an argument. */
  static final ArchRule NO_CLOCK =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(Clock.class)
          .because("analysis is pure: the clock is an input");

  /** Analysis touches no file and no network: callers hand it text. */
  static final ArchRule NO_FILES_OR_NETWORK =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.net.http..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(File.class, Socket.class, URL.class, URLConnection.class)
          .because("analysis is pure: the CLI reads files, berth-aws talks to AWS");

  @Test
  void coreReadsNoClock() {
    NO_CLOCK.check(CORE);
  }

  @Test
  void coreTouchesNoFileOrNetwork() {
    NO_FILES_OR_NETWORK.check(CORE);
  }

  @Test
  void coreUsesTheSdkOnlyForItsModel() {
    SDK_MODEL_ONLY.check(CORE);
  }

  @Test
  void coreKnowsNothingOfTheCommandLine() {
    NO_CLI.check(CORE);
  }

  @Test
  void corePrintsNothing() {
    NO_PRINTING.check(CORE);
  }

  @Test
  void theRulesCatchAClassThatUsesAClient() {
    JavaClasses offender = new ClassFileImporter().importClasses(ClientUser.class);

    assertThatThrownBy(() -> SDK_MODEL_ONLY.check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> NO_PRINTING.check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> NO_CLOCK.check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> NO_FILES_OR_NETWORK.check(offender))
        .isInstanceOf(AssertionError.class);
  }

  /** A class breaking the rules, to prove they can fail. */
  static final class ClientUser {
    void describe(EcsClient client) throws java.io.IOException {
      System.out.println(client.describeClusters() + " at " + Instant.now());
      java.nio.file.Files.readString(java.nio.file.Path.of("td.json"));
    }
  }
}
