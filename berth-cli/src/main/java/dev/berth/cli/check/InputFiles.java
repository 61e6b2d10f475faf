package dev.berth.cli.check;

import dev.berth.source.InputError;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Expands the paths a user names into the files to read, and reads them as UTF-8 text. */
public final class InputFiles {

  /** Folders that hold other people's files or build output, never the user's own. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(".git", "node_modules", "target", ".terraform", "cdk.out", ".venv", "vendor");

  private InputFiles() {}

  /** One file's text, or why it could not be read. */
  public record Read(String name, String text, InputError error) {}

  /**
   * The files under {@code paths}: a named file as it is, a folder's files whose names {@code
   * accept} takes, in a stable order. A path that does not exist is an error, not a silent skip.
   */
  public static List<Path> expand(
      List<Path> paths, Predicate<Path> accept, List<InputError> errors) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        files.addAll(walk(path, accept, errors));
      } else {
        errors.add(new InputError(path.toString(), 1, 1, "no such file or directory"));
      }
    }
    return files;
  }

  private static List<Path> walk(Path root, Predicate<Path> accept, List<InputError> errors) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && accept.test(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(new InputError(file.toString(), 1, 1, "cannot read: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new InputError(root.toString(), 1, 1, "cannot read: " + e.getMessage()));
    }
    found.sort(null);
    return found;
  }

  /** Reads a file as UTF-8, refusing malformed bytes rather than guessing. */
  public static Read read(Path file) {
    String name = file.toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return new Read(name, text, null);
    } catch (CharacterCodingException e) {
      return new Read(name, null, new InputError(name, 1, 1, "not UTF-8 text"));
    } catch (IOException e) {
      return new Read(name, null, new InputError(name, 1, 1, "cannot read: " + e.getMessage()));
    }
  }
}
