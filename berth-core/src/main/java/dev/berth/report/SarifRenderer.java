package dev.berth.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.check.Finding;
import dev.berth.check.Rule;
import dev.berth.check.Severity;
import dev.berth.source.InputError;
import java.util.List;

/**
 * Renders a report as SARIF 2.1.0, the format code-scanning services take.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>
 */
public final class SarifRenderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<Rule> rules;
  private final String version;

  public SarifRenderer(List<Rule> rules, String version) {
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  public String render(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "berth");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/berth-dev/berth");
    ArrayNode ruleArray = driver.putArray("rules");
    for (Rule rule : rules) {
      ObjectNode r = ruleArray.addObject();
      r.put("id", rule.id());
      r.putObject("shortDescription").put("text", rule.title());
      r.put("helpUri", rule.source());
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.ruleId());
      result.put("level", level(finding.severity()));
      result.putObject("message").put("text", finding.messageWithFix());
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(finding.location().file()));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", finding.location().line());
      region.put("startColumn", finding.location().column());
      result.putObject("properties").put("pointer", finding.location().pointer());
    }
    ArrayNode notifications =
        run.putArray("invocations")
            .addObject()
            .put("executionSuccessful", report.errors().isEmpty())
            .putArray("toolExecutionNotifications");
    for (InputError error : report.errors()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", error.message());
      ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(error.file()));
      physical
          .putObject("region")
          .put("startLine", error.line())
          .put("startColumn", error.column());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * A file name as the URI SARIF requires: relative names stay relative (code scanning resolves
   * them against the checkout), absolute ones become file URIs, and both are percent-encoded.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      if (path.startsWith("/")) {
        return new java.net.URI("file", "", path, null).toASCIIString();
      }
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }

  private static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }
}
