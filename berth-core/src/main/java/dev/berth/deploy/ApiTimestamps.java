package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a timestamp as the AWS CLI prints it: ISO 8601 with an offset (CLI v2) or seconds since the
 * epoch with a fraction (CLI v1, and the raw wire format).
 */
public final class ApiTimestamps {

  private ApiTimestamps() {}

  public static Optional<Instant> parse(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      BigDecimal seconds = value.decimalValue();
      long whole = seconds.longValue();
      long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
      return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }
    String text = value.asText().strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException notInstant) {
        return Optional.empty();
      }
    }
  }
}
