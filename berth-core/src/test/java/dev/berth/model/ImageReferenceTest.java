package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageReferenceTest {

  @Test
  void splitsRegistryRepositoryTagAndDigest() {
    ImageReference image =
        ImageReference.parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.4@sha256:ab");

    assertThat(image.registry()).isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com");
    assertThat(image.repository()).isEqualTo("team/app");
    assertThat(image.tag()).contains("1.4");
    assertThat(image.digest()).contains("sha256:ab");
    assertThat(image.isPrivateEcr()).isTrue();
  }

  @Test
  void aRegistryPortIsNotATag() {
    ImageReference image = ImageReference.parse("localhost:5000/app");

    assertThat(image.registry()).isEqualTo("localhost:5000");
    assertThat(image.tag()).isEqualTo(Optional.empty());
  }

  @Test
  void dockerHubNamesHaveNoRegistry() {
    assertThat(ImageReference.parse("amazon/aws-xray-daemon").isDockerHub()).isTrue();
    assertThat(ImageReference.parse("nginx:latest").tag()).contains("latest");
    assertThat(ImageReference.parse("public.ecr.aws/nginx/nginx:1").isPrivateEcr()).isFalse();
  }

  @Test
  void aPlaceholderAccountStillNamesPrivateEcr() {
    assertThat(
            ImageReference.parse("ACCOUNT_ID.dkr.ecr.sa-east-1.amazonaws.com/u:1").isPrivateEcr())
        .isTrue();
  }
}
