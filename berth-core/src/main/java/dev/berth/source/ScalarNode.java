package dev.berth.source;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A string, number, boolean or null. A string that holds a templating placeholder ({@code ${VAR}},
 * {@code <IMAGE1_NAME>}, {@code __CPU__}) is partly or wholly unknown; see {@link Placeholders}.
 */
public record ScalarNode(Kind kind, String text, String pointer, SourcePosition position)
    implements Node {

  /** The JSON type of a scalar. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  @Override
  public String typeName() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  /** True when the whole value is a placeholder that only a later templating step fills in. */
  public boolean isUnknown() {
    return kind == Kind.STRING && Placeholders.isWhollyUnknown(text);
  }

  /** True when any part of the value is a placeholder. */
  public boolean hasPlaceholder() {
    return kind == Kind.STRING && Placeholders.contains(text);
  }

  /** The value as a whole number, for a JSON integer or a string that holds one. */
  public Optional<Long> asLong() {
    if (kind != Kind.NUMBER && kind != Kind.STRING) {
      return Optional.empty();
    }
    try {
      BigDecimal number = new BigDecimal(text.strip());
      return Optional.of(number.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The value as a boolean, for a JSON boolean only. */
  public Optional<Boolean> asBoolean() {
    return kind == Kind.BOOLEAN ? Optional.of(Boolean.parseBoolean(text)) : Optional.empty();
  }
}
