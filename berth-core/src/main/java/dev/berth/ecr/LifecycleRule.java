package dev.berth.ecr;

import java.util.List;
import java.util.Optional;

/**
 * One rule of a valid lifecycle policy, typed: which images it selects (tag status, tag prefixes or
 * patterns, storage class), how it counts them, and what it does to the ones it picks.
 */
public record LifecycleRule(
    int priority,
    String description,
    TagStatus tagStatus,
    List<String> tagPrefixes,
    List<TagPattern> tagPatterns,
    StorageClass storageClass,
    CountType countType,
    int countNumber,
    ActionType action) {

  public LifecycleRule {
    tagPrefixes = List.copyOf(tagPrefixes);
    tagPatterns = List.copyOf(tagPatterns);
    if (countNumber < 1) {
      throw new IllegalArgumentException("countNumber must be positive, not " + countNumber);
    }
  }

  /** A rule that expires the images beyond the newest {@code count} of those it selects. */
  public static LifecycleRule keepNewest(
      int priority, TagStatus status, List<String> patterns, int count) {
    return new LifecycleRule(
        priority,
        "",
        status,
        List.of(),
        patterns.stream().map(TagPattern::of).toList(),
        StorageClass.STANDARD,
        CountType.IMAGE_COUNT_MORE_THAN,
        count,
        ActionType.EXPIRE);
  }

  /**
   * True when the rule's tag and storage filters take the image. Several prefixes or patterns must
   * all match: each one against at least one of the image's tags.
   */
  public boolean selects(Image image) {
    Optional<StorageClass> stored = image.status().storageClass();
    if (stored.isEmpty() || stored.get() != storageClass) {
      return false;
    }
    switch (tagStatus) {
      case UNTAGGED:
        return image.tags().isEmpty();
      case ANY:
        return true;
      default:
        if (image.tags().isEmpty()) {
          return false;
        }
        List<String> tags = image.tags();
        for (String prefix : tagPrefixes) {
          if (!anyStartsWith(tags, prefix)) {
            return false;
          }
        }
        for (TagPattern pattern : tagPatterns) {
          if (!anyMatches(tags, pattern)) {
            return false;
          }
        }
        return true;
    }
  }

  private static boolean anyStartsWith(List<String> tags, String prefix) {
    for (String tag : tags) {
      if (tag.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatches(List<String> tags, TagPattern pattern) {
    for (String tag : tags) {
      if (pattern.matches(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The selection in words, for reasons: "untagged images", "images tagged prod*". */
  public String selectionLabel() {
    String where = storageClass == StorageClass.ARCHIVE ? " in archive" : "";
    switch (tagStatus) {
      case UNTAGGED:
        return "untagged images" + where;
      case ANY:
        return "images" + where;
      default:
        String list =
            tagPrefixes.isEmpty()
                ? String.join(", ", tagPatterns.stream().map(TagPattern::text).toList())
                : String.join(", ", tagPrefixes.stream().map(p -> p + "*").toList());
        return "images tagged " + list + where;
    }
  }
}
