package dev.berth.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonSourceReaderTest {

  @Test
  void everyValueKeepsItsLineColumnAndPointer() throws SourceSyntaxException {
    String text = "{\n  \"a/b\": {\"c~d\": [10, \"x\"]},\n  \"e\": null\n}\n";
    ObjectNode root = (ObjectNode) JsonSourceReader.read("td.json", text);

    ObjectNode.Member member = root.member("a/b").orElseThrow();
    assertThat(member.keyPosition()).isEqualTo(new SourcePosition("td.json", 2, 3));
    ArrayNode array = (ArrayNode) ((ObjectNode) member.value()).get("c~d").orElseThrow();
    ScalarNode second = (ScalarNode) array.elements().get(1);

    assertThat(second.pointer()).isEqualTo("/a~1b/c~0d/1");
    assertThat(second.position()).isEqualTo(new SourcePosition("td.json", 2, 23));
    assertThat(second.text()).isEqualTo("x");
    assertThat(root.get("e")).as("null reads as absent").isEmpty();
    assertThat(root.member("e")).isPresent();
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheDocument() throws SourceSyntaxException {
    Node root = JsonSourceReader.read("bom.json", "\uFEFF{\"a\": 1}");

    assertThat(((ObjectNode) root).scalar("a").orElseThrow().position().column()).isEqualTo(7);
  }

  @Test
  void aRepeatedKeyKeepsTheLastValueAsTheAwsCliDoes() throws SourceSyntaxException {
    ObjectNode root = (ObjectNode) JsonSourceReader.read("d.json", "{\"a\": 1, \"a\": 2}");

    assertThat(root.scalar("a").orElseThrow().text()).isEqualTo("2");
  }

  @Test
  void malformedJsonNamesTheLineColumnAndReason() {
    assertThatThrownBy(() -> JsonSourceReader.read("bad.json", "{\n  \"a\": [1, 2,]\n}"))
        .isInstanceOfSatisfying(
            SourceSyntaxException.class,
            e -> {
              assertThat(e.position()).isEqualTo(new SourcePosition("bad.json", 2, 14));
              assertThat(e.reason()).isEqualTo("unexpected character ']': expected a value");
            });
  }

  @Test
  void trailingContentAndEmptyFilesAreErrors() {
    assertThatThrownBy(() -> JsonSourceReader.read("two.json", "{} {}"))
        .hasMessageContaining("two.json:1:4")
        .hasMessageContaining("after the end");
    assertThatThrownBy(() -> JsonSourceReader.read("empty.json", "  \n"))
        .hasMessageContaining("empty");
  }
}
