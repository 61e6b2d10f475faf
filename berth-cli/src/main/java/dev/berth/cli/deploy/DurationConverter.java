package dev.berth.cli.deploy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations as people write them: 30m, 90s, 1h30m, 500ms. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

  private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

  @Override
  public Duration convert(String text) {
    String value = text.strip().toLowerCase(java.util.Locale.ROOT);
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      total =
          switch (part.group(2)) {
            case "h" -> total.plusHours(amount);
            case "m" -> total.plusMinutes(amount);
            case "s" -> total.plusSeconds(amount);
            default -> total.plusMillis(amount);
          };
      end = part.end();
    }
    if (end == 0 || end != value.length() || total.isZero()) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a duration: write it like 30m, 90s or 1h30m");
    }
    return total;
  }
}
