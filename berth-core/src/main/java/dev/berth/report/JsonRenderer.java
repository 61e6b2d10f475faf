package dev.berth.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.check.Finding;
import dev.berth.source.InputError;

/**
 * Renders a report for machines: {@code {"findings": [...], "errors": [...]}}, each finding with
 * rule, severity, message, fix, file, line, column and an RFC 6901 pointer.
 */
public final class JsonRenderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode f = findings.addObject();
      f.put("rule", finding.ruleId());
      f.put("severity", finding.severity().label());
      f.put("message", finding.message());
      f.put("fix", finding.fix());
      f.put("file", finding.location().file());
      f.put("line", finding.location().line());
      f.put("column", finding.location().column());
      f.put("pointer", finding.location().pointer());
    }
    ArrayNode errors = root.putArray("errors");
    for (InputError error : report.errors()) {
      ObjectNode e = errors.addObject();
      e.put("file", error.file());
      e.put("line", error.line());
      e.put("column", error.column());
      e.put("message", error.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
