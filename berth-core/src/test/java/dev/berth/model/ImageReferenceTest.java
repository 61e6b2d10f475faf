package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  @Test
  void dualStackEcrIsPrivateEcr() {
    assertThat(ImageReference.parse("123456789012.dkr-ecr.us-east-1.on.aws/app:1.0").isPrivateEcr())
        .isTrue();
    assertThat(
            ImageReference.parse("123456789012.dkr-ecr-fips.us-gov-west-1.on.aws/app:1.0")
                .isPrivateEcr())
        .isTrue();
    assertThat(ImageReference.parse("example.on.aws/app:1.0").isPrivateEcr()).isFalse();
  }

  @Test
  void invalidReferencesAreNamedWithTheReason() {
    assertThat(ImageReference.problem("NGINX:1.27"))
        .contains("repository names must be lower case");
    assertThat(ImageReference.problem("nginx:1.27 ")).contains("it has spaces around it");
    assertThat(ImageReference.problem("nginx::1.27")).contains("it has two colons before the tag");
    assertThat(ImageReference.problem("nginx:")).contains("it ends with ':' and nothing after");
    assertThat(ImageReference.problem("nginx:-dash")).isPresent();
    assertThat(ImageReference.problem("app@sha256:" + "a".repeat(63)))
        .contains("ECS takes only sha256 digests of exactly 64 hex digits");
    assertThat(ImageReference.problem("app@sha512:" + "a".repeat(128))).isPresent();
    assertThat(ImageReference.problem("nginx:" + "a".repeat(129))).isPresent();
  }

  @Test
  void validReferencesAndPlaceholdersPass() {
    for (String image :
        List.of(
            "nginx",
            "nginx:" + "a".repeat(128),
            "localhost:5000/app",
            "Registry.Example.com:5000/team/app_v2:Release-1.2_3",
            "app:1.0@sha256:" + "a".repeat(64),
            "[2001:db8::1]:5000/app:1.0",
            "my__app/x-y.z:v1",
            "${REPO}:${TAG}",
            "<IMAGE1_NAME>",
            "{{ .Image }}",
            "__IMAGE__",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:${GIT_SHA}")) {
      assertThat(ImageReference.problem(image)).as(image).isEmpty();
    }
  }
}
