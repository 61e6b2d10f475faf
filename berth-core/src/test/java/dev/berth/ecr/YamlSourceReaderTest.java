package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.source.CloudFormationTags;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import dev.berth.source.SourceSyntaxException;
import dev.berth.source.YamlSourceReader;
import org.junit.jupiter.api.Test;

class YamlSourceReaderTest {

  @Test
  void keepsPositionsAndTurnsShortFormTagsIntoIntrinsics() throws SourceSyntaxException {
    Node root =
        YamlSourceReader.read(
            "t.yaml", "Resources:\n  Repo:\n    Name: !Ref Project\n    Count: 3\n");

    ObjectNode repo =
        ((ObjectNode) root).object("Resources").orElseThrow().object("Repo").orElseThrow();
    Node name = repo.get("Name").orElseThrow();
    assertThat(CloudFormationTags.isIntrinsic(name)).isTrue();
    assertThat(((ObjectNode) name).knownString("Ref")).contains("Project");
    ScalarNode count = repo.scalar("Count").orElseThrow();
    assertThat(count.isNumber()).isTrue();
    assertThat(count.position().line()).isEqualTo(4);
    assertThat(count.position().column()).isEqualTo(12);
    assertThat(count.pointer()).isEqualTo("/Resources/Repo/Count");
  }

  @Test
  void brokenYamlIsOneErrorAtItsPosition() {
    assertThatThrownBy(() -> YamlSourceReader.read("t.yaml", "a:\n  b: c\n   d: e\n"))
        .isInstanceOfSatisfying(
            SourceSyntaxException.class, e -> assertThat(e.position().line()).isEqualTo(3));
  }
}
