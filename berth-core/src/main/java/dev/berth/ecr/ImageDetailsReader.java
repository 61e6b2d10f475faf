package dev.berth.ecr;

import dev.berth.source.ArrayNode;
import dev.berth.source.InputError;
import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import dev.berth.source.SourceSyntaxException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the output of {@code aws ecr describe-images} ({@code {"imageDetails": [...]}}). Timestamps
 * are read as both AWS CLI versions print them: ISO 8601 text (version 2) and epoch seconds with a
 * fraction (version 1). Every image that cannot be read is an {@link InputError}, so a caller can
 * refuse to preview an incomplete repository: a count rule over a partial list would pick the wrong
 * images.
 */
public final class ImageDetailsReader {

  private final List<Image> images = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();

  private ImageDetailsReader() {}

  public static ImageDetailsReader read(String file, String text) {
    ImageDetailsReader reader = new ImageDetailsReader();
    Node root;
    try {
      root = JsonSourceReader.read(file, text);
    } catch (SourceSyntaxException e) {
      reader.errors.add(InputError.at(e.position(), e.reason()));
      return reader;
    }
    Optional<ArrayNode> details =
        root instanceof ObjectNode object ? object.array("imageDetails") : Optional.empty();
    if (details.isEmpty()) {
      reader.errors.add(
          InputError.at(
              root.position(),
              "not describe-images output: expected an object with an \"imageDetails\" array"
                  + " (aws ecr describe-images --repository-name NAME --output json)"));
      return reader;
    }
    for (Node element : details.get().elements()) {
      reader.image(element);
    }
    return reader;
  }

  public List<Image> images() {
    return List.copyOf(images);
  }

  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  private void image(Node element) {
    if (!(element instanceof ObjectNode detail)) {
      errors.add(InputError.at(element.position(), "an image detail must be an object"));
      return;
    }
    Optional<String> digest = text(detail, "imageDigest");
    if (digest.isEmpty()) {
      errors.add(InputError.at(detail.position(), "the image has no \"imageDigest\""));
      return;
    }
    Optional<Node> pushed = detail.get("imagePushedAt");
    if (pushed.isEmpty()) {
      errors.add(
          InputError.at(detail.position(), "image " + digest.get() + " has no \"imagePushedAt\""));
      return;
    }
    try {
      Instant pushedAt = instant(pushed.get());
      Optional<Instant> pulled = optionalInstant(detail, "lastRecordedPullTime");
      Optional<Instant> archived = optionalInstant(detail, "lastArchivedAt");
      List<String> tags = tags(detail);
      long size = size(detail);
      ImageStatus status = status(detail);
      images.add(
          new Image(
              digest.get(),
              tags,
              pushedAt,
              pulled,
              archived,
              text(detail, "imageManifestMediaType").orElse(""),
              size,
              status,
              List.of()));
    } catch (BadValue e) {
      errors.add(InputError.at(e.at.position(), e.getMessage()));
    }
  }

  /**
   * A string member as AWS printed it. Not {@link ObjectNode#knownString}: AWS output holds no
   * templating placeholders, and looking for them in every value of a large repository is slow.
   */
  private static Optional<String> text(ObjectNode object, String key) {
    return object.scalar(key).filter(ScalarNode::isString).map(ScalarNode::text);
  }

  /**
   * The tags, which describe-images prints as a list of strings. Anything else is refused rather
   * than read as "untagged": an untagged rule would then expire a tagged image.
   */
  private static List<String> tags(ObjectNode detail) throws BadValue {
    Optional<Node> written = detail.get("imageTags");
    if (written.isEmpty()) {
      return List.of();
    }
    if (!(written.get() instanceof ArrayNode list)) {
      throw new BadValue(
          written.get(), "imageTags must be a list of strings, as describe-images" + " prints it");
    }
    for (Node tag : list.elements()) {
      if (!(tag instanceof ScalarNode scalar) || !scalar.isString()) {
        throw new BadValue(tag, "imageTags must hold strings only");
      }
    }
    return list.strings().map(ScalarNode::text).toList();
  }

  private static long size(ObjectNode detail) throws BadValue {
    Optional<Node> written = detail.get("imageSizeInBytes");
    if (written.isEmpty()) {
      return 0L;
    }
    if (written.get() instanceof ScalarNode scalar && scalar.isNumber()) {
      Optional<Long> bytes = scalar.asLong();
      if (bytes.isPresent() && bytes.get() >= 0) {
        return bytes.get();
      }
    }
    throw new BadValue(written.get(), "imageSizeInBytes must be a whole number of bytes");
  }

  private static ImageStatus status(ObjectNode detail) throws BadValue {
    Optional<ScalarNode> written = detail.scalar("imageStatus");
    if (written.isEmpty()) {
      return ImageStatus.ACTIVE;
    }
    try {
      return ImageStatus.valueOf(written.get().text().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadValue(
          written.get(),
          "imageStatus \"" + written.get().text() + "\" is not ACTIVE, ARCHIVED or ACTIVATING");
    }
  }

  private static Optional<Instant> optionalInstant(ObjectNode detail, String key) throws BadValue {
    Optional<Node> value = detail.get(key);
    return value.isEmpty() ? Optional.empty() : Optional.of(instant(value.get()));
  }

  /** ISO 8601 with an offset ("2026-11-20T10:15:30+00:00"), or epoch seconds (1700000000.5). */
  static Instant instant(Node value) throws BadValue {
    if (value instanceof ScalarNode scalar && scalar.isNumber()) {
      BigDecimal seconds = new BigDecimal(scalar.text());
      BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
      long nanos = seconds.subtract(whole).movePointRight(9).longValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
    if (value instanceof ScalarNode scalar && scalar.isString()) {
      try {
        return OffsetDateTime.parse(scalar.text().strip()).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadValue(
            value,
            "\""
                + scalar.text()
                + "\" is not a timestamp; use ISO 8601 with an offset"
                + " (2026-12-04T00:00:00Z) or epoch seconds");
      }
    }
    throw new BadValue(value, "a timestamp must be ISO 8601 text or epoch seconds");
  }

  /** A value that cannot be read, and where it is. */
  static final class BadValue extends Exception {
    private final transient Node at;

    BadValue(Node at, String message) {
      super(message);
      this.at = at;
    }
  }
}
