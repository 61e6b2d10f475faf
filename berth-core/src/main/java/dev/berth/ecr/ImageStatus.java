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

  /** The storage class a rule's {@code storageClass} is compared with; none while restoring. */
  public Optional<StorageClass> storageClass() {
    switch (this) {
      case ACTIVE:
        return Optional.of(StorageClass.STANDARD);
      case ARCHIVED:
        return Optional.of(StorageClass.ARCHIVE);
      default:
        return Optional.empty();
    }
  }
}
