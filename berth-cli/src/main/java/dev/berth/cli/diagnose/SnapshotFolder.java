package dev.berth.cli.diagnose;

import dev.berth.cli.check.InputFiles;
import dev.berth.diagnose.Snapshot;
import dev.berth.diagnose.SnapshotFile;
import dev.berth.diagnose.SnapshotReader;
import dev.berth.source.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A snapshot directory read from disk: every file named after an AWS CLI call (see
 * docs/snapshots.md), parsed, with the files that could not be read among its errors. Shared by
 * {@code berth diagnose --snapshot} and the MCP tool {@code diagnose_snapshot}.
 */
public final class SnapshotFolder {

  private SnapshotFolder() {}

  /** Why a folder cannot be diagnosed at all; the message names the folder and what to give. */
  public static final class Unusable extends Exception {
    Unusable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads the snapshot in {@code directory}; broken files are errors, the rest is used. */
  public static Snapshot read(Path directory) throws Unusable {
    if (!Files.isDirectory(directory)) {
      throw new Unusable(
          directory + ": not a directory; --snapshot takes a folder of AWS CLI JSON outputs", null);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<InputError> unreadable = new ArrayList<>();
    for (Path file : files(directory)) {
      InputFiles.Read read = InputFiles.read(file);
      if (read.error() != null) {
        unreadable.add(read.error());
      } else {
        texts.put(file.toString(), read.text());
      }
    }
    if (texts.isEmpty() && unreadable.isEmpty()) {
      throw new Unusable(
          directory
              + ": no snapshot files; expected AWS CLI outputs such as "
              + SnapshotFile.DESCRIBE_SERVICES.fileName()
              + " and "
              + SnapshotFile.DESCRIBE_TASKS.fileName()
              + " (see docs/snapshots.md)",
          null);
    }
    return fromTexts(texts, unreadable);
  }

  /** Parses snapshot texts by file name, adding {@code unreadable} to the parse errors. */
  public static Snapshot fromTexts(Map<String, String> texts, List<InputError> unreadable) {
    Snapshot read = new SnapshotReader().read(texts);
    List<InputError> errors = new ArrayList<>(unreadable);
    errors.addAll(read.errors());
    return new Snapshot(read.documents(), errors);
  }

  private static List<Path> files(Path directory) throws Unusable {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> SnapshotFile.parse(f.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new Unusable(directory + ": cannot list the directory: " + e.getMessage(), e);
    }
  }
}
