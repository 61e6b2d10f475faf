package dev.berth.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads CLI output that was pasted into a bug report cut short and hand-redacted: drops the
 * unfinished last lines, quotes bare redaction marks ({@code : xxx"}) and closes what is open.
 */
final class TruncatedJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TruncatedJson() {}

  static JsonNode repair(String text) {
    String quoted = text.replaceAll("\":\\s*([A-Za-z0-9_]+)\"", "\": \"$1\"");
    List<String> lines = quoted.lines().toList();
    for (int keep = lines.size(); keep > 0; keep--) {
      String prefix = String.join("\n", lines.subList(0, keep)).stripTrailing();
      if (prefix.endsWith(",")) {
        prefix = prefix.substring(0, prefix.length() - 1);
      }
      try {
        return JSON.readTree(prefix + closers(prefix));
      } catch (IOException | IllegalStateException notYet) {
        // Try with one line fewer.
      }
    }
    throw new IllegalArgumentException("nothing readable in the text");
  }

  private static String closers(String prefix) {
    Deque<Character> open = new ArrayDeque<>();
    boolean inString = false;
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        open.push(c == '{' ? '}' : ']');
      } else if ((c == '}' || c == ']') && !open.isEmpty()) {
        open.pop();
      }
    }
    if (inString) {
      throw new IllegalStateException("ends inside a string");
    }
    StringBuilder closing = new StringBuilder();
    open.forEach(closing::append);
    return closing.toString();
  }
}
