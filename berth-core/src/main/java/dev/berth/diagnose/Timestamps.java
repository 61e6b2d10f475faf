package dev.berth.diagnose;

import dev.berth.source.ScalarNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Timestamps as the AWS CLI prints them: ISO 8601 with an offset (CLI v2), or seconds since the
 * epoch as a number (CLI v1 and the raw API).
 */
final class Timestamps {

  private Timestamps() {}

  static Optional<Instant> parse(ScalarNode value) {
    if (value.isNumber()) {
      BigDecimal seconds = new BigDecimal(value.text());
      return Optional.of(
          Instant.ofEpochSecond(seconds.longValue())
              .plusNanos(seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue()));
    }
    if (!value.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.text()).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(value.text()));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
