package dev.berth.ecr;

import java.util.Set;

/**
 * The manifest media types that make an image a multi-architecture index.
 *
 * @see <a href="https://github.com/opencontainers/image-spec/blob/main/image-index.md">OCI image
 *     index</a>
 */
public final class ImageMediaTypes {

  /** The media types of an image index (OCI) and a manifest list (Docker). */
  public static final Set<String> INDEX =
      Set.of(
          "application/vnd.oci.image.index.v1+json",
          "application/vnd.docker.distribution.manifest.list.v2+json");

  private ImageMediaTypes() {}

  public static boolean isIndex(String mediaType) {
    return mediaType != null && INDEX.contains(mediaType.strip());
  }
}
