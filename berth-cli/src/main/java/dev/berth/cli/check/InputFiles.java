package dev.berth.cli.check;

import dev.berth.source.InputError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Expands the paths a user names into the files to read, and reads them as UTF-8 text. */
public final class InputFiles {

  /** Folders that hold other people's files or build output, never the user's own. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(
          ".git",
          "node_modules",
          "target",
          ".terraform",
          "cdk.out",
          ".venv",
          "vendor",
          "dist",
          "coverage",
          ".vscode",
          ".idea",
          ".next",
          ".cache");

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
      if (path.toString().equals(STDIN)) {
        files.add(path);
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        files.addAll(walk(path, accept, errors));
      } else if (Files.isSymbolicLink(path)) {
        errors.add(new InputError(path.toString(), 1, 1, "broken or looping symbolic link"));
      } else {
        errors.add(new InputError(path.toString(), 1, 1, "no such file or directory"));
      }
    }
    return files;
  }

  private static List<Path> walk(Path root, Predicate<Path> accept, List<InputError> errors) {
    List<Path> found = new ArrayList<>();
    try {
      // Links are followed, as a user expects; a loop is reported, not walked forever.
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
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
              String why =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop, not followed"
                      : Files.isSymbolicLink(file)
                          ? "broken symbolic link"
                          : "cannot read: " + e.getMessage();
              errors.add(new InputError(file.toString(), 1, 1, why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new InputError(root.toString(), 1, 1, "cannot read: " + e.getMessage()));
    }
    found.sort(null);
    return found;
  }

  /** The path that names standard input, as in most command-line tools. */
  public static final String STDIN = "-";

  /** Reads a file (or standard input for "-") as UTF-8, refusing malformed bytes. */
  public static Read read(Path file) {
    boolean stdin = file.toString().equals(STDIN);
    String name = stdin ? "<stdin>" : file.toString();
    try {
      byte[] bytes = stdin ? System.in.readAllBytes() : Files.readAllBytes(file);
      return decode(name, bytes);
    } catch (IOException e) {
      return new Read(name, null, new InputError(name, 1, 1, "cannot read: " + e.getMessage()));
    }
  }

  /** Decodes UTF-8; malformed bytes are an error at the line and column where they start. */
  static Read decode(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      while (out.hasRemaining()) {
        char c = out.get();
        if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new Read(
          name,
          null,
          new InputError(name, line, column, "not UTF-8 text (byte " + (in.position() + 1) + ")"));
    }
    decoder.flush(out);
    out.flip();
    return new Read(name, out.toString(), null);
  }
}
