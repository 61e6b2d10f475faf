package dev.berth.ecr;

import java.util.Optional;

/**
 * The {@code imageStatus} that describe-images reports: {@code ACTIVE} images are in standard
 * storage, {@code ARCHIVED} ones in archive storage, {@code ACTIVATING} ones are being restored.
 */
public enum ImageStatus {
  ACTIVE,
  ARCHIVED,
  ACTIVATING;

  private static final Optional<StorageClass> STANDARD = Optional.of(StorageClass.STANDARD);
  private static final Optional<StorageClass> ARCHIVE = Optional.of(StorageClass.ARCHIVE);

  /** The storage class a rule's {@code storageClass} is compared with; none while restoring. */
  public Optional<StorageClass> storageClass() {
    switch (this) {
      case ACTIVE:
        return STANDARD;
      case ARCHIVED:
        return ARCHIVE;
      default:
        return Optional.empty();
    }
  }
}
