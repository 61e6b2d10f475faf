package dev.berth.report;

import dev.berth.check.Finding;
import dev.berth.check.Severity;
import dev.berth.source.InputError;

/**
 * Renders a report for people: {@code path:line:col: severity ID message}, one finding a line, then
 * a summary line. Colour only when asked for.
 */
public final class TextRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final boolean colour;

  public TextRenderer(boolean colour) {
    this.colour = colour;
  }

  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    for (InputError error : report.errors()) {
      out.append(error.file())
          .append(':')
          .append(error.line())
          .append(':')
          .append(error.column())
          .append(": ")
          .append(paint("error", "\u001b[31m"))
          .append(' ')
          .append(error.message())
          .append('\n');
    }
    for (Finding finding : report.findings()) {
      out.append(finding.location().file())
          .append(':')
          .append(finding.location().line())
          .append(':')
          .append(finding.location().column())
          .append(": ")
          .append(paint(finding.severity().label(), colourOf(finding.severity())))
          .append(' ')
          .append(paint(finding.ruleId(), BOLD))
          .append(' ')
          .append(finding.messageWithFix())
          .append('\n');
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  static String summary(Report report) {
    return plural(report.count(Severity.ERROR), "error")
        + ", "
        + plural(report.count(Severity.WARNING), "warning")
        + ", "
        + plural(report.count(Severity.NOTE), "note")
        + (report.errors().isEmpty()
            ? ""
            : "; " + plural(report.errors().size(), "input") + " could not be read");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private String paint(String text, String code) {
    return colour ? code + text + RESET : text;
  }

  private static String colourOf(Severity severity) {
    switch (severity) {
      case ERROR:
        return "\u001b[31m";
      case WARNING:
        return "\u001b[33m";
      default:
        return "\u001b[36m";
    }
  }
}
