package dev.berth.diagnose;

import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.SourceSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text of a snapshot directory's files into a {@link Snapshot}. A file that is not JSON,
 * is truncated or has the wrong shape becomes an {@link InputError} naming its line and column; the
 * other files are still used. Files whose names are not AWS CLI calls berth knows are left out, so
 * a bug report may carry notes beside the snapshot.
 */
public final class SnapshotReader {

  /** Reads {@code files} (file name, relative to the snapshot directory, to its text). */
  public Snapshot read(Map<String, String> files) {
    List<SnapshotDocument> documents = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    files.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              String name = entry.getKey();
              Optional<SnapshotFile.Named> named = SnapshotFile.parse(baseName(name));
              if (named.isEmpty()) {
                return;
              }
              read(name, entry.getValue(), named.get(), errors).ifPresent(documents::add);
            });
    return new Snapshot(documents, errors);
  }

  private static Optional<SnapshotDocument> read(
      String name, String text, SnapshotFile.Named named, List<InputError> errors) {
    Node root;
    try {
      root = JsonSourceReader.read(name, text);
    } catch (SourceSyntaxException e) {
      errors.add(
          InputError.at(
              e.position(),
              e.reason()
                  + " (the file should hold what `"
                  + named.file().command()
                  + " --output json` prints)"));
      return Optional.empty();
    }
    if (!(root instanceof ObjectNode object)
        || object.member(named.file().topLevelKey()).isEmpty()) {
      errors.add(
          InputError.at(
              root.position(),
              "expected the output of `"
                  + named.file().command()
                  + "`: a JSON object with \""
                  + named.file().topLevelKey()
                  + "\""));
      return Optional.empty();
    }
    return Optional.of(new SnapshotDocument(named.file(), named.qualifier(), name, object));
  }

  private static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
