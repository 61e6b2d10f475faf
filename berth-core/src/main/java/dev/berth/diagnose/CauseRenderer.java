package dev.berth.diagnose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.model.SecretLooking;
import dev.berth.source.InputError;
import java.util.List;

/**
 * Renders explanations and diagnoses for people (numbered causes with evidence and fix) and for
 * machines ({@code {"causes": [{"id", "title", "evidence", "fix"}]}}, most likely first).
 */
public final class CauseRenderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The text of {@code berth explain}. */
  public String explainText(List<Diagnosis> causes) {
    if (causes.isEmpty()) {
      return "No known ECS, Fargate or ECR failure message was recognised.\n"
          + "Paste the task's stoppedReason, a container's reason or a service event.\n";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < causes.size(); i++) {
      appendCause(out, i + 1, causes.get(i), "points to it", "check next");
    }
    return out.toString();
  }

  /** The text of {@code berth diagnose}. */
  public String diagnoseText(DiagnoseReport report) {
    StringBuilder out = new StringBuilder();
    for (InputError error : report.errors()) {
      out.append(errorLine(error)).append('\n');
    }
    if (report.service().isPresent()) {
      out.append(capitalise(report.service().get().summary())).append('\n');
      for (String deployment : report.service().get().deployments()) {
        out.append("  deployment ").append(deployment).append('\n');
      }
    } else {
      out.append("No service in the snapshot (describe-services.json); reading its tasks only.\n");
    }
    for (String note : report.notes()) {
      out.append("  note: ").append(note).append('\n');
    }
    if (!report.timeline().isEmpty()) {
      out.append("\nRecent history, newest first:\n");
      for (TimelineEntry entry : report.timeline()) {
        out.append("  ")
            .append(entry.at())
            .append("  ")
            .append(String.format("%-10s ", entry.kind()))
            .append(SecretLooking.mask(entry.text().strip().replaceAll("\\s+", " ")))
            .append('\n');
      }
    }
    out.append('\n');
    if (report.causes().isEmpty()) {
      out.append("No cause is proven by this snapshot.\n");
    } else {
      out.append("Causes the snapshot proves:\n");
      for (int i = 0; i < report.causes().size(); i++) {
        appendCause(out, i + 1, report.causes().get(i), "evidence", "fix");
      }
    }
    if (!report.undecided().isEmpty()) {
      out.append("\nNot decided (the snapshot lacks what would prove or rule them out):\n");
      for (Undecided open : report.undecided()) {
        out.append("  ")
            .append(open.cause().id())
            .append(' ')
            .append(open.cause().title())
            .append(": ")
            .append(open.reason());
        if (!open.missingFiles().isEmpty()) {
          out.append("; add ").append(String.join(", ", open.missingFiles()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** {@code {"causes": [...]}} for berth explain. */
  public String explainJson(List<Diagnosis> causes) {
    ObjectNode root = MAPPER.createObjectNode();
    putCauses(root, causes);
    return write(root);
  }

  /** The causes list plus service, timeline, undecided and errors, for berth diagnose. */
  public String diagnoseJson(DiagnoseReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    report
        .service()
        .ifPresent(
            s -> {
              ObjectNode service = root.putObject("service");
              service.put("summary", s.summary());
              s.deployments().forEach(service.putArray("deployments")::add);
            });
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineEntry entry : report.timeline()) {
      timeline
          .addObject()
          .put("at", entry.at().toString())
          .put("kind", entry.kind())
          .put("text", SecretLooking.mask(entry.text()));
    }
    putCauses(root, report.causes());
    ArrayNode undecided = root.putArray("undecided");
    for (Undecided open : report.undecided()) {
      ObjectNode u = undecided.addObject();
      u.put("id", open.cause().id());
      u.put("title", open.cause().title());
      u.put("reason", open.reason());
      open.missingFiles().forEach(u.putArray("missingFiles")::add);
    }
    report.notes().forEach(root.putArray("notes")::add);
    ArrayNode errors = root.putArray("errors");
    for (InputError error : report.errors()) {
      errors
          .addObject()
          .put("file", error.file())
          .put("line", error.line())
          .put("column", error.column())
          .put("message", error.message());
    }
    return write(root);
  }

  /** One input error as one line: {@code file:line:col: error message}. */
  public static String errorLine(InputError error) {
    return error.file() + ":" + error.line() + ":" + error.column() + ": error " + error.message();
  }

  private static void putCauses(ObjectNode root, List<Diagnosis> causes) {
    ArrayNode list = root.putArray("causes");
    for (Diagnosis diagnosis : causes) {
      ObjectNode c = list.addObject();
      c.put("id", diagnosis.cause().id());
      c.put("title", diagnosis.cause().title());
      ArrayNode evidence = c.putArray("evidence");
      diagnosis.evidence().forEach(seen -> evidence.add(SecretLooking.mask(seen)));
      diagnosis.fix().forEach(c.putArray("fix")::add);
      c.put("documentation", diagnosis.cause().documentation());
      c.put("source", diagnosis.cause().source());
    }
  }

  private static void appendCause(
      StringBuilder out, int rank, Diagnosis diagnosis, String evidenceLabel, String fixLabel) {
    Cause cause = diagnosis.cause();
    out.append(rank).append(". ").append(cause.id()).append(' ').append(cause.title()).append('\n');
    out.append("   ").append(evidenceLabel).append(":\n");
    for (String seen : diagnosis.evidence()) {
      // Evidence quotes messages AWS returned; a credential pasted into one is not repeated.
      out.append("     - ").append(SecretLooking.mask(seen)).append('\n');
    }
    out.append("   ").append(fixLabel).append(":\n");
    for (String step : diagnosis.fix()) {
      out.append("     - ").append(step).append('\n');
    }
    out.append("   see ")
        .append(cause.documentation())
        .append(" and ")
        .append(cause.source())
        .append("\n\n");
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
