package dev.berth.cli;

/** A failure the user can fix, with the message that says how and the exit code to use. */
public class UserFacingException extends RuntimeException {

  private final int exitCode;

  public UserFacingException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserFacingException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
