package dev.berth.model;

/** The type of one field of an AWS API shape, as the SDK's model declares it. */
public sealed interface ApiType {

  /**
   * A string, number, boolean or timestamp. A string field that the API restricts to an enum
   * carries the enum's values, exactly as the API spells them; any other scalar has none.
   */
  record Scalar(Kind kind, java.util.List<String> enumValues) implements ApiType {

    public Scalar {
      enumValues = java.util.List.copyOf(enumValues);
    }

    /** A scalar that takes any value of its kind. */
    public Scalar(Kind kind) {
      this(kind, java.util.List.of());
    }
  }

  /** A list whose elements have one type. */
  record ListOf(ApiType element) implements ApiType {}

  /** A map with string keys whose values have one type. */
  record MapOf(ApiType value) implements ApiType {}

  /** A nested structure. */
  record Structure(ApiShape shape) implements ApiType {}

  /** A free-form JSON document. */
  record Document() implements ApiType {}

  /** Scalar kinds, named as the AWS CLI's type errors name them. */
  enum Kind {
    STRING("a string"),
    INTEGER("an integer"),
    DECIMAL("a number"),
    BOOLEAN("a boolean"),
    TIMESTAMP("a timestamp"),
    BLOB("a base64 string");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** How a user would name the type: "a string", "a list", "an object". */
  default String description() {
    if (this instanceof Scalar scalar) {
      return scalar.kind().description();
    }
    if (this instanceof ListOf) {
      return "a list";
    }
    return "an object";
  }
}
