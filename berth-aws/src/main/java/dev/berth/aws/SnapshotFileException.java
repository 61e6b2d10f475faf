package dev.berth.aws;

/** A file of a saved snapshot is not the JSON the AWS CLI prints. */
public final class SnapshotFileException extends RuntimeException {

  private final String file;
  private final int line;
  private final int column;

  public SnapshotFileException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": error " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
