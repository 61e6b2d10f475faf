package dev.berth.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared corpus of real-world files beside the checkout ({@code ../shared/corpus}, passed by
 * the build as the system property {@code berth.corpus}). A fresh clone has none: tests that need
 * it are skipped, and the first skip says so on the console, not only in the surefire reports.
 */
public final class SharedCorpus {

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private SharedCorpus() {}

  /** A file or folder of the corpus, such as {@code "taskdefs"}; skips the test when absent. */
  public static Path path(String relative) {
    String root = System.getProperty("berth.corpus", "");
    Path path = root.isEmpty() ? null : Path.of(root, relative);
    boolean present = path != null && Files.exists(path);
    if (!present && TOLD.compareAndSet(false, true)) {
      System.err.println(
          "berth tests: the shared corpus is not beside this checkout ("
              + (root.isEmpty() ? "berth.corpus is not set" : root)
              + "); the tests that read it are skipped. CI has it.");
    }
    assumeTrue(present, "the shared corpus is not beside this checkout: " + relative + " skipped");
    return path;
  }
}
