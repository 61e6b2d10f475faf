package dev.berth.cli.check;

import dev.berth.check.Severity;
import picocli.CommandLine;

/** Reads --fail-on values, naming the accepted ones when a value is wrong. */
public final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {

  @Override
  public Severity convert(String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a severity; use error, warning or note");
    }
  }
}
