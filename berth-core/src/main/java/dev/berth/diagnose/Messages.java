package dev.berth.diagnose;

/** Small text helpers for quoting what was read. */
final class Messages {

  private static final int LONGEST_QUOTE = 160;

  private Messages() {}

  /** The text in double quotes, on one line, shortened in the middle when very long. */
  static String quote(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() > LONGEST_QUOTE) {
      int half = LONGEST_QUOTE / 2;
      oneLine = oneLine.substring(0, half) + " … " + oneLine.substring(oneLine.length() - half + 3);
    }
    return "\"" + oneLine + "\"";
  }
}
