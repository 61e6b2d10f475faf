package dev.berth.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stream handling around the SDK transport, with a stand-in for the SDK that never answers. */
@Timeout(30)
class BerthMcpServerTestStreams {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRequestNeverAnsweredGetsAnErrorOnceTheDrainLimitPasses() throws Exception {
    String input =
        String.join(
            "\n",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":\"slow\",\"method\":\"tools/call\",\"params\":{}}",
            "");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ProtocolOutput out = new ProtocolOutput(stdout);
    ByteArrayOutputStream toSdk = new ByteArrayOutputStream();

    new InboundFilter(stream(input), toSdk, out).run(Duration.ofMillis(200));

    assertThat(toSdk.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    List<JsonNode> answers = lines(stdout);
    assertThat(answers)
        .extracting(m -> m.get("id").asText())
        .containsExactlyInAnyOrder("1", "slow");
    assertThat(answers)
        .allSatisfy(
            m -> {
              assertThat(m.at("/error/code").asInt()).isEqualTo(-32603);
              assertThat(m.at("/error/message").asText()).contains("standard input closed");
            });
    out.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(lines(stdout)).as("nothing is written once the session is over").hasSize(2);
  }

  @Test
  void answersAreStruckOffSoTheDrainEndsAtOnce() throws Exception {
    ProtocolOutput out = new ProtocolOutput(new ByteArrayOutputStream());
    out.expect("7");
    out.expect("\"a\"");
    out.write("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8));
    out.write(
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"error\":{\"code\":1,\"message\":\"x\"}}\n"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(out.awaitAnswers(Duration.ofMinutes(5))).isEmpty();
  }

  @Test
  void aLineIsNeverSplitByAnotherWriter() throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ProtocolOutput out = new ProtocolOutput(stdout);
    byte[] answer =
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8);

    out.write(answer, 0, 10);
    out.writeLine(
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"p\"}}");
    out.write(answer, 10, answer.length - 10);

    assertThat(lines(stdout)).extracting(m -> m.get("id").asText()).containsExactly("null", "3");
  }

  @Test
  void paramsGivenAsAListAreRefused() throws Exception {
    String input =
        String.join(
            "\n",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":[1]}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":\"x\"}",
            "");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream toSdk = new ByteArrayOutputStream();

    new InboundFilter(stream(input), toSdk, new ProtocolOutput(stdout)).run(Duration.ZERO);

    assertThat(toSdk.size()).isZero();
    assertThat(lines(stdout))
        .extracting(m -> m.at("/error/code").asInt() + " " + m.get("id"))
        .containsExactly("-32602 1", "-32600 2");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> lines(ByteArrayOutputStream stdout) throws IOException {
    List<JsonNode> messages = new ArrayList<>();
    for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isEmpty()) {
        messages.add(JSON.readTree(line));
      }
    }
    return messages;
  }
}
