package dev.berth.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.ecr.ImageVerdict;
import dev.berth.ecr.LifecyclePreview;
import dev.berth.ecr.PreviewSummary;

/**
 * Renders a lifecycle preview for machines: {@code {"images": [{"digest", "tags", "pushedAt",
 * "verdict", "rule", "reason"}], "summary": {...}}}, {@code rule} null when no rule decided.
 */
public final class PreviewJsonRenderer {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(LifecyclePreview preview) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode images = root.putArray("images");
    for (ImageVerdict v : preview.verdicts()) {
      ObjectNode image = images.addObject();
      image.put("digest", v.image().digest());
      ArrayNode tags = image.putArray("tags");
      v.image().tags().forEach(tags::add);
      image.put("pushedAt", v.image().pushedAt().toString());
      image.put("verdict", v.verdict().label());
      if (v.rule().isPresent()) {
        image.put("rule", v.rule().getAsInt());
      } else {
        image.putNull("rule");
      }
      image.put("reason", v.reason());
    }
    PreviewSummary summary = preview.summary();
    ObjectNode s = root.putObject("summary");
    s.put("evaluatedAt", preview.at().toString());
    s.put("images", preview.verdicts().size());
    s.put("kept", summary.kept());
    s.put("expired", summary.expired());
    s.put("transitioned", summary.transitioned());
    s.put("bytesFreed", summary.bytesExpired());
    s.put("bytesTransitioned", summary.bytesTransitioned());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
