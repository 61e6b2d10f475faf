package dev.berth.report;

import dev.berth.ecr.ImageVerdict;
import dev.berth.ecr.LifecyclePreview;
import dev.berth.ecr.PreviewSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a lifecycle preview for people: one row per image (digest, tags, pushed, verdict, rule,
 * reason), newest first, then the totals.
 */
public final class PreviewTableRenderer {

  private static final DateTimeFormatter PUSHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_TAGS_WIDTH = 40;

  public String render(LifecyclePreview preview) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DIGEST", "TAGS", "PUSHED", "VERDICT", "RULE", "REASON"});
    for (ImageVerdict v : preview.verdicts()) {
      rows.add(
          new String[] {
            shortDigest(v.image().digest()),
            tags(v.image().tags()),
            PUSHED.format(v.image().pushedAt()),
            v.verdict().label(),
            v.rule().isPresent() ? String.valueOf(v.rule().getAsInt()) : "-",
            v.reason()
          });
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        out.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(row[5]).append('\n');
    }
    out.append(summary(preview)).append('\n');
    return out.toString();
  }

  static String summary(LifecyclePreview preview) {
    PreviewSummary s = preview.summary();
    StringBuilder line =
        new StringBuilder()
            .append(s.kept())
            .append(" kept, ")
            .append(s.expired())
            .append(" expired (")
            .append(bytes(s.bytesExpired()))
            .append(" freed)");
    if (s.transitioned() > 0) {
      line.append(", ")
          .append(s.transitioned())
          .append(" archived (")
          .append(bytes(s.bytesTransitioned()))
          .append(" moved to archive)");
    }
    return line.append(" at ").append(preview.at()).toString();
  }

  private static String shortDigest(String digest) {
    int colon = digest.indexOf(':');
    String hex = colon < 0 ? digest : digest.substring(colon + 1);
    return (colon < 0 ? "" : digest.substring(0, colon + 1))
        + hex.substring(0, Math.min(12, hex.length()));
  }

  private static String tags(List<String> tags) {
    if (tags.isEmpty()) {
      return "<untagged>";
    }
    String joined = String.join(",", tags);
    return joined.length() <= MAX_TAGS_WIDTH
        ? joined
        : joined.substring(0, MAX_TAGS_WIDTH - 1) + "…";
  }

  /** Bytes as people read them, in powers of 1024, with the exact count when it is large. */
  static String bytes(long count) {
    if (count < 1024) {
      return count + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = count;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
