package dev.berth.diagnose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Loads the snapshot fixtures under src/test/resources/snapshots, one folder per case. */
final class SnapshotFixtures {

  private SnapshotFixtures() {}

  static Path root() {
    try {
      return Path.of(SnapshotFixtures.class.getResource("/snapshots").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files of one case, by name, as the CLI would pass them. */
  static Map<String, String> files(String name) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(root().resolve(name))) {
      for (Path path : paths.toList()) {
        files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static DiagnoseReport diagnose(String name) {
    return new SnapshotDiagnoser().diagnose(new SnapshotReader().read(files(name)));
  }
}
