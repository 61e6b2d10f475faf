package dev.berth.source;

/** An input that could not be read (malformed JSON, an unreadable file), with where and why. */
public record InputError(String file, int line, int column, String message) {

  public static InputError at(SourcePosition position, String message) {
    return new InputError(position.file(), position.line(), position.column(), message);
  }
}
