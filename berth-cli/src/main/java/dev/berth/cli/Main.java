package dev.berth.cli;

/** The berth command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs berth with {@code args} and returns its exit code. */
  public static int run(String... args) {
    return BerthCommand.commandLine().execute(args);
  }
}
