package dev.berth.ecr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One image of a repository as {@code aws ecr describe-images} reports it, plus the digests of the
 * images it references when it is a multi-architecture image index.
 */
public record Image(
    String digest,
    List<String> tags,
    Instant pushedAt,
    Optional<Instant> lastPulledAt,
    Optional<Instant> lastArchivedAt,
    String mediaType,
    long sizeInBytes,
    ImageStatus status,
    List<String> childDigests) {

  public Image {
    tags = List.copyOf(tags);
    childDigests = List.copyOf(childDigests);
  }

  /** An active image with only what the count and age rules look at. */
  public static Image of(String digest, List<String> tags, Instant pushedAt) {
    return new Image(
        digest,
        tags,
        pushedAt,
        Optional.empty(),
        Optional.empty(),
        "",
        0,
        ImageStatus.ACTIVE,
        List.of());
  }

  public Image withChildren(List<String> digests) {
    return new Image(
        digest,
        tags,
        pushedAt,
        lastPulledAt,
        lastArchivedAt,
        mediaType,
        sizeInBytes,
        status,
        digests);
  }

  /** True when the media type says image index or manifest list (a multi-architecture image). */
  public boolean isIndex() {
    return ImageMediaTypes.isIndex(mediaType);
  }
}
