package dev.berth.source;

/** A file that cannot be read as JSON or YAML, with the position and the parser's reason. */
public final class SourceSyntaxException extends Exception {

  private final SourcePosition position;
  private final String reason;

  public SourceSyntaxException(SourcePosition position, String reason, Throwable cause) {
    super(position + ": " + reason, cause);
    this.position = position;
    this.reason = reason;
  }

  public SourcePosition position() {
    return position;
  }

  public String reason() {
    return reason;
  }
}
