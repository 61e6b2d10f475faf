package dev.berth.source;

/** Where a value stands in the file the user wrote: 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
