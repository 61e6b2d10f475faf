package dev.berth.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ecr.Image;
import dev.berth.ecr.ImageDetailsReader;
import dev.berth.ecr.ImageIndexReader;
import dev.berth.ecr.LifecyclePolicySources;
import dev.berth.source.JsonSourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.BatchGetImageRequest;
import software.amazon.awssdk.services.ecr.model.BatchGetImageResponse;
import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyRequest;
import software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyResponse;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.LifecyclePolicyNotFoundException;

class EcrImageCollectorTest {

  private static final String INDEX = "application/vnd.oci.image.index.v1+json";

  /** ECR as a test double: two pages of images, a policy, one image index. */
  private static final class FakeEcr implements EcrClient {
    final List<String> calls = new ArrayList<>();
    final boolean hasPolicy;

    FakeEcr(boolean hasPolicy) {
      this.hasPolicy = hasPolicy;
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest request) {
      calls.add("describeImages " + request.repositoryName() + " " + request.nextToken());
      if (request.nextToken() == null) {
        return DescribeImagesResponse.builder()
            .imageDetails(
                ImageDetail.builder()
                    .imageDigest("sha256:index")
                    .imageTags("v1")
                    .imagePushedAt(Instant.parse("2026-11-01T00:00:00Z"))
                    .imageManifestMediaType(INDEX)
                    .imageSizeInBytes(1000L)
                    .build())
            .nextToken("page-2")
            .build();
      }
      return DescribeImagesResponse.builder()
          .imageDetails(
              ImageDetail.builder()
                  .imageDigest("sha256:amd64")
                  .imagePushedAt(Instant.parse("2026-11-01T00:00:00Z"))
                  .lastRecordedPullTime(Instant.parse("2026-12-01T12:00:00.5Z"))
                  .imageSizeInBytes(50_000_000L)
                  .imageStatus("ACTIVE")
                  .build())
          .build();
    }

    @Override
    public GetLifecyclePolicyResponse getLifecyclePolicy(GetLifecyclePolicyRequest request) {
      if (!hasPolicy) {
        throw LifecyclePolicyNotFoundException.builder().message("none").build();
      }
      return GetLifecyclePolicyResponse.builder()
          .repositoryName(request.repositoryName())
          .registryId("123456789012")
          .lifecyclePolicyText(
              "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\","
                  + "\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":7},"
                  + "\"action\":{\"type\":\"expire\"}}]}")
          .build();
    }

    @Override
    public BatchGetImageResponse batchGetImage(BatchGetImageRequest request) {
      calls.add(
          "batchGetImage "
              + request.imageIds().stream().map(ImageIdentifier::imageDigest).toList());
      return BatchGetImageResponse.builder()
          .images(
              software.amazon.awssdk.services.ecr.model.Image.builder()
                  .imageId(ImageIdentifier.builder().imageDigest("sha256:index").build())
                  .imageManifest(
                      "{\"schemaVersion\":2,\"mediaType\":\""
                          + INDEX
                          + "\","
                          + "\"manifests\":[{\"digest\":\"sha256:amd64\"}]}")
                  .imageManifestMediaType(INDEX)
                  .build())
          .build();
    }

    @Override
    public String serviceName() {
      return "ecr";
    }

    @Override
    public void close() {}
  }

  @Test
  void readsEveryPageAndTheIndexManifestsInTheCliShapes(@TempDir Path dir) throws Exception {
    FakeEcr ecr = new FakeEcr(true);

    RepositorySnapshot snapshot = new EcrImageCollector(ecr).collect("web");

    assertThat(ecr.calls)
        .containsExactly(
            "describeImages web null", "describeImages web page-2", "batchGetImage [sha256:index]");
    ImageDetailsReader images = ImageDetailsReader.read("d.json", snapshot.describeImages());
    assertThat(images.errors()).isEmpty();
    assertThat(images.images())
        .extracting(Image::digest)
        .containsExactly("sha256:index", "sha256:amd64");
    assertThat(images.images().get(1).lastPulledAt())
        .contains(Instant.parse("2026-12-01T12:00:00.5Z"));
    ImageIndexReader indexes =
        ImageIndexReader.read("b.json", snapshot.indexManifests().orElseThrow());
    assertThat(indexes.children()).containsEntry("sha256:index", List.of("sha256:amd64"));
    String policy = snapshot.lifecyclePolicy().orElseThrow();
    assertThat(
            LifecyclePolicySources.read("p.json", JsonSourceReader.read("p.json", policy), policy)
                .policies())
        .singleElement()
        .satisfies(p -> assertThat(p.origin()).isEqualTo("repository web"));

    snapshot.writeTo(dir);
    assertThat(Files.readString(dir.resolve(RepositorySnapshot.DESCRIBE_IMAGES)))
        .isEqualTo(snapshot.describeImages());
    assertThat(dir.resolve(RepositorySnapshot.LIFECYCLE_POLICY)).exists();
    assertThat(dir.resolve(RepositorySnapshot.INDEX_MANIFESTS)).exists();
  }

  @Test
  void aRepositoryWithoutAPolicyHasNone() {
    RepositorySnapshot snapshot = new EcrImageCollector(new FakeEcr(false)).collect("web");

    assertThat(snapshot.lifecyclePolicy()).isEmpty();
  }
}
