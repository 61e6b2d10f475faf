package dev.berth.cli.deploy;

import dev.berth.aws.Snapshot;
import dev.berth.aws.SnapshotFileException;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a snapshot directory given with {@code --snapshot}, failing with one clear line. */
final class SnapshotDirectory {

  private SnapshotDirectory() {}

  static Snapshot read(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new UserFacingException(
          directory + ":1:1: error not a snapshot directory (save one with --save-snapshot DIR)",
          ExitCodes.USAGE);
    }
    try {
      Snapshot snapshot = Snapshot.load(directory);
      if (snapshot.response("describe-services").isEmpty()) {
        throw new UserFacingException(
            directory + ":1:1: error the snapshot has no describe-services.json", ExitCodes.USAGE);
      }
      return snapshot;
    } catch (SnapshotFileException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    } catch (IOException e) {
      throw new UserFacingException(
          directory + ":1:1: error cannot read: " + e.getMessage(), ExitCodes.USAGE, e);
    }
  }
}
