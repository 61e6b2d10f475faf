package dev.berth.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Writes a describe-images file of N images and a 10-rule lifecycle policy, for timing the whole
 * {@code berth ecr preview} process (bench/ecr-preview-process.sh). The same seed gives the same
 * files.
 */
public final class RepositoryFixture {

  private static final String[] TAG_KINDS = {"prod", "staging", "dev", "release", "pr", "sha"};

  private RepositoryFixture() {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    writeImages(count, dir.resolve("images.json"));
    Files.writeString(dir.resolve("policy.json"), POLICY, StandardCharsets.UTF_8);
  }

  private static void writeImages(int count, Path file) throws IOException {
    Random random = new Random(20261204L);
    long at = Instant.parse("2026-12-04T00:00:00Z").getEpochSecond();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\n  \"imageDetails\": [\n");
      for (int i = 0; i < count; i++) {
        StringBuilder tags = new StringBuilder();
        int tagCount = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
        for (int t = 0; t < tagCount; t++) {
          tags.append(t == 0 ? "" : ", ")
              .append('"')
              .append(TAG_KINDS[random.nextInt(TAG_KINDS.length)])
              .append('-')
              .append(i)
              .append('-')
              .append(t)
              .append('"');
        }
        double pushed = at - random.nextDouble() * 400 * 86_400;
        out.write(
            "    {\"registryId\": \"123456789012\", \"repositoryName\": \"bench\","
                + " \"imageDigest\": \"sha256:%064x\",%s \"imageSizeInBytes\": %d,"
                    .formatted(
                        i,
                        tagCount == 0 ? "" : " \"imageTags\": [" + tags + "],",
                        1_000_000 + random.nextInt(100_000_000))
                + " \"imagePushedAt\": %.3f,".formatted(pushed)
                + " \"imageManifestMediaType\":"
                + " \"application/vnd.docker.distribution.manifest.v2+json\"}"
                + (i + 1 < count ? ",\n" : "\n"));
      }
      out.write("  ]\n}\n");
    }
  }

  private static final String POLICY =
      """
      {"rules": [
        {"rulePriority": 1, "description": "Expire untagged images after 14 days",
         "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                       "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "Keep 50 prod images",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["prod-*"],
                       "countType": "imageCountMoreThan", "countNumber": 50},
         "action": {"type": "expire"}},
        {"rulePriority": 3, "description": "Keep 20 release images",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["release-*"],
                       "countType": "imageCountMoreThan", "countNumber": 20},
         "action": {"type": "expire"}},
        {"rulePriority": 4, "description": "Keep 30 staging images",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["staging-*"],
                       "countType": "imageCountMoreThan", "countNumber": 30},
         "action": {"type": "expire"}},
        {"rulePriority": 5, "description": "Expire dev images after 30 days",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["dev-*"],
                       "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30},
         "action": {"type": "expire"}},
        {"rulePriority": 6, "description": "Expire pr images after 7 days",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["pr-*"],
                       "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7},
         "action": {"type": "expire"}},
        {"rulePriority": 7, "description": "Keep 100 sha images",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["sha-*1"],
                       "countType": "imageCountMoreThan", "countNumber": 100},
         "action": {"type": "expire"}},
        {"rulePriority": 8, "description": "Keep 200 images tagged -9",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["*-9*"],
                       "countType": "imageCountMoreThan", "countNumber": 200},
         "action": {"type": "expire"}},
        {"rulePriority": 9, "description": "Expire tagged images after 365 days",
         "selection": {"tagStatus": "tagged", "tagPatternList": ["*"],
                       "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 365},
         "action": {"type": "expire"}},
        {"rulePriority": 10, "description": "Keep the newest 5000 images",
         "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5000},
         "action": {"type": "expire"}}
      ]}
      """;
}
