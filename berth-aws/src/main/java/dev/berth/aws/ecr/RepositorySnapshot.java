package dev.berth.aws.ecr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What ECR said about one repository, as the AWS CLI prints it: {@code describe-images} output,
 * {@code get-lifecycle-policy} output (absent when the repository has no policy) and {@code
 * batch-get-image} output for its image indexes (absent when it has none).
 */
public record RepositorySnapshot(
    String repository,
    String describeImages,
    Optional<String> lifecyclePolicy,
    Optional<String> indexManifests) {

  public static final String DESCRIBE_IMAGES = "describe-images.json";
  public static final String LIFECYCLE_POLICY = "get-lifecycle-policy.json";
  public static final String INDEX_MANIFESTS = "batch-get-image.json";

  /** Saves the snapshot in {@code dir}, one file per AWS call, so that it can be read back. */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(DESCRIBE_IMAGES), describeImages, StandardCharsets.UTF_8);
    if (lifecyclePolicy.isPresent()) {
      Files.writeString(
          dir.resolve(LIFECYCLE_POLICY), lifecyclePolicy.get(), StandardCharsets.UTF_8);
    }
    if (indexManifests.isPresent()) {
      Files.writeString(dir.resolve(INDEX_MANIFESTS), indexManifests.get(), StandardCharsets.UTF_8);
    }
  }
}
