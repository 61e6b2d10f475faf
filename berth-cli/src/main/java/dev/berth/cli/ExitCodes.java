package dev.berth.cli;

/** berth's exit codes, the same for every command. */
public final class ExitCodes {

  /** Nothing at or above --fail-on; the operation succeeded. */
  public static final int OK = 0;

  /** Findings at or above --fail-on. */
  public static final int FINDINGS = 1;

  /** Bad usage or unreadable input. */
  public static final int USAGE = 2;

  /** AWS refused a request, or a deployment failed. */
  public static final int AWS_FAILED = 3;

  private ExitCodes() {}
}
