package dev.berth.diagnose;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Diagnosis is pure: no file system, no network, no clock, no AWS client, no CLI. */
@AnalyzeClasses(
    packages = "dev.berth.diagnose",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DiagnosePurityTest {

  @ArchTest
  static final ArchRule noFileSystemOrNetwork =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.nio.file..", "java.net.http..", "picocli..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(File.class, Socket.class, URL.class, URLConnection.class, Clock.class);

  @ArchTest
  static final ArchRule noClock =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now");

  @ArchTest
  static final ArchRule noAwsClients =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("software.amazon.awssdk..").and(simpleNameEndingWith("Client")));
}
