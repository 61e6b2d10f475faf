package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDetailsReaderTest {

  @Test
  void readsTimestampsAsBothCliVersionsPrintThem() {
    ImageDetailsReader reader =
        ImageDetailsReader.read(
            "images.json",
            """
            {"imageDetails": [
              {"imageDigest": "sha256:v2", "imageTags": ["a"],
               "imagePushedAt": "2026-11-20T10:15:30.250000+01:00",
               "lastRecordedPullTime": "2026-12-01T00:00:00Z", "imageSizeInBytes": 10},
              {"imageDigest": "sha256:v1", "imagePushedAt": 1795564800.5,
               "imageStatus": "ARCHIVED", "lastArchivedAt": 1795651200}
            ]}""");

    assertThat(reader.errors()).isEmpty();
    Image v2 = reader.images().get(0);
    assertThat(v2.pushedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:30.250Z"));
    assertThat(v2.lastPulledAt()).contains(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(v2.sizeInBytes()).isEqualTo(10);
    Image v1 = reader.images().get(1);
    assertThat(v1.pushedAt()).isEqualTo(Instant.parse("2026-11-25T00:00:00.500Z"));
    assertThat(v1.status()).isEqualTo(ImageStatus.ARCHIVED);
    assertThat(v1.lastArchivedAt()).contains(Instant.parse("2026-11-26T00:00:00Z"));
    assertThat(v1.tags()).isEmpty();
  }

  @Test
  void tagsAndSizesOfTheWrongShapeAreErrorsNotUntaggedImages() {
    ImageDetailsReader reader =
        ImageDetailsReader.read(
            "images.json",
            "{\"imageDetails\": [\n"
                + "  {\"imageDigest\": \"sha256:a\", \"imageTags\": \"v1\","
                + " \"imagePushedAt\": 1700000000},\n"
                + "  {\"imageDigest\": \"sha256:b\", \"imageSizeInBytes\": \"big\","
                + " \"imagePushedAt\": 1700000000}\n"
                + "]}");

    assertThat(reader.images()).isEmpty();
    assertThat(reader.errors())
        .extracting(e -> e.line() + ": " + e.message())
        .containsExactly(
            "2: imageTags must be a list of strings, as describe-images prints it",
            "3: imageSizeInBytes must be a whole number of bytes");
  }

  @Test
  void everyUnreadableImageIsAnErrorAtItsPosition() {
    ImageDetailsReader reader =
        ImageDetailsReader.read(
            "images.json",
            "{\"imageDetails\": [\n"
                + "  {\"imageDigest\": \"sha256:a\"},\n"
                + "  {\"imageDigest\": \"sha256:b\", \"imagePushedAt\": \"yesterday\"}\n"
                + "]}");

    assertThat(reader.errors())
        .extracting(e -> e.line() + ":" + e.column() + " " + e.message())
        .containsExactly(
            "2:3 image sha256:a has no \"imagePushedAt\"",
            "3:48 \"yesterday\" is not a timestamp; use ISO 8601 with an offset"
                + " (2026-12-04T00:00:00Z) or epoch seconds");
  }

  @Test
  void aFileThatIsNotDescribeImagesOutputSaysWhatItExpected() {
    ImageDetailsReader reader = ImageDetailsReader.read("x.json", "{\"images\": []}");

    assertThat(reader.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("imageDetails"));
  }

  @Test
  void batchGetImageOutputGivesTheChildrenOfAnIndex() {
    String index =
        "{\\\"schemaVersion\\\":2,\\\"mediaType\\\":\\\"application/vnd.oci.image.index.v1+json\\\","
            + "\\\"manifests\\\":[{\\\"digest\\\":\\\"sha256:amd\\\"},{\\\"digest\\\":\\\"sha256:arm\\\"}]}";
    ImageIndexReader indexes =
        ImageIndexReader.read(
            "manifests.json",
            "{\"images\": [{\"imageId\": {\"imageDigest\": \"sha256:idx\", \"imageTag\": \"v1\"},"
                + " \"imageManifest\": \""
                + index
                + "\"}], \"failures\": []}");

    assertThat(indexes.errors()).isEmpty();
    List<Image> images =
        indexes.attachTo(List.of(Image.of("sha256:idx", List.of("v1"), Policies.NOW)));
    assertThat(images.get(0).childDigests()).containsExactly("sha256:amd", "sha256:arm");
  }
}
