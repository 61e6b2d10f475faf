package dev.berth.cli;

/** What the standard output is connected to, and whether colour is welcome there. */
public final class Terminal {

  private Terminal() {}

  /** True when stdout is a terminal. */
  public static boolean isInteractive() {
    return System.console() != null;
  }

  /** Colour on a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb. */
  public static boolean colourWanted(boolean noColourFlag) {
    if (noColourFlag || !isInteractive()) {
      return false;
    }
    String noColour = System.getenv("NO_COLOR");
    if (noColour != null && !noColour.isEmpty()) {
      return false;
    }
    return !"dumb".equals(System.getenv("TERM"));
  }
}
