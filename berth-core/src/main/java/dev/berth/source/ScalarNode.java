package dev.berth.source;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A string, number, boolean or null. A string that holds a templating placeholder ({@code ${VAR}},
 * {@code <IMAGE1_NAME>}, {@code __CPU__}) is partly or wholly unknown; see {@link Placeholders}.
 * Whether it is, is worked out once, when the value is read.
 */
public final class ScalarNode implements Node {

  /** The JSON type of a scalar. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Kind kind;
  private final String text;
  private final String pointer;
  private final SourcePosition position;
  private final boolean placeholder;
  private final boolean unknown;

  public ScalarNode(Kind kind, String text, String pointer, SourcePosition position) {
    this.kind = Objects.requireNonNull(kind);
    this.text = Objects.requireNonNull(text);
    this.pointer = Objects.requireNonNull(pointer);
    this.position = Objects.requireNonNull(position);
    this.placeholder = kind == Kind.STRING && Placeholders.contains(text);
    this.unknown = placeholder && Placeholders.isWhollyUnknown(text);
  }

  public Kind kind() {
    return kind;
  }

  /** The value as written: the string's content, or the number's or boolean's literal. */
  public String text() {
    return text;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public SourcePosition position() {
    return position;
  }

  @Override
  public String typeName() {
    return kind.name().toLowerCase(Locale.ROOT);
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
    return unknown;
  }

  /** True when any part of the value is a placeholder. */
  public boolean hasPlaceholder() {
    return placeholder;
  }

  /** The value as a whole number, for a JSON integer or a string that holds one. */
  public Optional<Long> asLong() {
    if (kind != Kind.NUMBER && kind != Kind.STRING) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text.strip()).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The value as a boolean, for a JSON boolean only. */
  public Optional<Boolean> asBoolean() {
    return kind == Kind.BOOLEAN ? Optional.of(Boolean.parseBoolean(text)) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScalarNode that
        && kind == that.kind
        && text.equals(that.text)
        && pointer.equals(that.pointer)
        && position.equals(that.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, pointer, position);
  }

  @Override
  public String toString() {
    return typeName() + " " + text + " at " + position;
  }
}
