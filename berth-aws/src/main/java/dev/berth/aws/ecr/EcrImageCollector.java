package dev.berth.aws.ecr;

import dev.berth.aws.SdkJson;
import dev.berth.aws.Snapshot;
import dev.berth.ecr.ImageMediaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.BatchGetImageResponse;
import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyResponse;
import software.amazon.awssdk.services.ecr.model.Image;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyNotFoundException;

/**
 * Reads what a lifecycle preview needs from ECR, read-only: every image of a repository
 * (describe-images, all pages), its lifecycle policy, and the manifests of its image indexes
 * (batch-get-image), since describe-images does not say which images an index references.
 */
public final class EcrImageCollector {

  /** batch-get-image takes at most 100 image IDs per call. */
  private static final int BATCH = 100;

  private final EcrClient ecr;

  public EcrImageCollector(EcrClient ecr) {
    this.ecr = ecr;
  }

  /** Collects the repository's images, policy and index manifests. */
  public RepositorySnapshot collect(String repository) {
    List<ImageDetail> images = new ArrayList<>();
    ecr.describeImagesPaginator(DescribeImagesRequest.builder().repositoryName(repository).build())
        .imageDetails()
        .forEach(images::add);
    return new RepositorySnapshot(
        repository,
        listOf("imageDetails", images),
        policy(repository),
        indexManifests(repository, images));
  }

  private Optional<String> policy(String repository) {
    try {
      GetLifecyclePolicyResponse policy = ecr.getLifecyclePolicy(r -> r.repositoryName(repository));
      return Optional.of(Snapshot.render(SdkJson.write(policy)));
    } catch (LifecyclePolicyNotFoundException e) {
      return Optional.empty();
    }
  }

  private Optional<String> indexManifests(String repository, List<ImageDetail> images) {
    List<ImageIdentifier> indexes =
        images.stream()
            .filter(i -> ImageMediaTypes.isIndex(i.imageManifestMediaType()))
            .map(i -> ImageIdentifier.builder().imageDigest(i.imageDigest()).build())
            .toList();
    if (indexes.isEmpty()) {
      return Optional.empty();
    }
    List<Image> manifests = new ArrayList<>();
    for (int from = 0; from < indexes.size(); from += BATCH) {
      List<ImageIdentifier> batch = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
      BatchGetImageResponse response =
          ecr.batchGetImage(
              r ->
                  r.repositoryName(repository)
                      .imageIds(batch)
                      // batch-get-image returns only the media types asked for.
                      .acceptedMediaTypes(List.copyOf(ImageMediaTypes.INDEX)));
      manifests.addAll(response.images());
    }
    return Optional.of(listOf("images", manifests));
  }

  /** {@code {"<key>": [item, ...]}}, the shape of a CLI list command's output. */
  private static String listOf(String key, java.util.Collection<? extends SdkPojo> items) {
    com.fasterxml.jackson.databind.node.ObjectNode root =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ArrayNode array = root.putArray(key);
    items.forEach(item -> array.add(SdkJson.write(item)));
    return Snapshot.render(root);
  }
}
