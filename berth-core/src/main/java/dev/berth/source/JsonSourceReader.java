package dev.berth.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

/**
 * Reads JSON text into a {@link Node} tree in which every value keeps its file, line, column and
 * pointer. Strict JSON, as the AWS CLI and SDKs accept it: no comments, no trailing commas.
 */
public final class JsonSourceReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private JsonSourceReader() {}

  /** Parses {@code text}, naming {@code file} in every position and error. */
  public static Node read(String file, String text) throws SourceSyntaxException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SourceSyntaxException(new SourcePosition(file, 1, 1), "the file is empty", null);
      }
      Node root = readValue(new TreeBuilder(parser, file), "");
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new SourceSyntaxException(
            TreeBuilder.position(file, parser.currentTokenLocation()),
            "unexpected content after the end of the JSON document",
            null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      SourcePosition position =
          where == null ? new SourcePosition(file, 1, 1) : TreeBuilder.position(file, where);
      throw new SourceSyntaxException(position, reason(e), e);
    } catch (IOException e) {
      throw new SourceSyntaxException(new SourcePosition(file, 1, 1), e.getMessage(), e);
    }
  }

  private static Node readValue(TreeBuilder tree, String pointer) throws IOException {
    return tree.value(pointer, tree.here(), child -> readValue(tree, child));
  }

  /**
   * A token Jackson quotes back can be a credential typed without quotes: a long one is cut to its
   * first characters, enough to find it, too few to leak it.
   */
  private static String redactTokens(String reason) {
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("token '([^']*)'").matcher(reason);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      String text = token.group(1);
      boolean secret = text.length() > 8;
      token.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              secret
                  ? "token '" + text.substring(0, Math.min(4, text.length())) + "…'"
                  : token.group()));
    }
    token.appendTail(out);
    return out.toString();
  }

  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed JSON";
    }
    String firstLine = message.lines().findFirst().orElse(message).strip();
    int detail = firstLine.indexOf(" (for ");
    if (detail > 0) {
      firstLine = firstLine.substring(0, detail);
    }
    if (firstLine.contains("was expecting comma to separate Object entries")) {
      return "missing comma: expected \",\" or \"}\" before this";
    }
    if (firstLine.contains("was expecting comma to separate Array entries")) {
      return "missing comma: expected \",\" or \"]\" before this";
    }
    // Jackson names its own switches and limits; the user needs only what is wrong in the file.
    firstLine =
        firstLine
            .replaceAll(
                "\\s*\\((?:[^()]|\\([^()]*\\))*(?:Feature|JsonReadFeature|StreamReadConstraints)"
                    + "(?:[^()]|\\([^()]*\\))*\\)",
                "")
            .replaceAll(";\\s*enable .*$", "")
            .replaceAll("`StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "berth's limit");
    String reason =
        firstLine
            .replaceAll("\\(('.+?')\\s*\\(code \\d+\\)\\)", "$1")
            .replaceAll("\\(CTRL-CHAR, code (\\d+)\\)", "control character $1")
            .replaceAll(
                "\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]\\)",
                "opened at line $1, column $2")
            .replaceAll(
                "(a valid value )?\\(JSON String, Number, Array, Object or token 'null', 'true'"
                    + " or 'false'\\)",
                "a value")
            .replace("was expecting", "expected");
    return redactTokens(Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
  }
}
