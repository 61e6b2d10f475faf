package dev.berth.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task-level cpu and memory as the ECS API accepts them: CPU units or vCPU ("1024", "1 vCPU", ".25
 * vcpu"), and MiB or GB ("2048", "2 GB", "2GB", ".5 gb").
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html">RegisterTaskDefinition:
 *     cpu and memory</a>
 */
public final class TaskSizeUnits {

  private static final Pattern AMOUNT =
      Pattern.compile("\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-z]*)\\s*", Pattern.CASE_INSENSITIVE);

  private TaskSizeUnits() {}

  /** CPU units (1024 per vCPU), or empty when the text is not a cpu value. */
  public static OptionalInt cpuUnits(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    BigDecimal amount = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    switch (unit) {
      case "":
        return whole(amount);
      case "vcpu":
      case "vcpus":
        return whole(amount.multiply(BigDecimal.valueOf(1024)));
      default:
        return OptionalInt.empty();
    }
  }

  /** Memory in MiB, or empty when the text is not a memory value. */
  public static OptionalInt memoryMiB(String text) {
    Matcher m = AMOUNT.matcher(text);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    BigDecimal amount = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    switch (unit) {
      case "":
      case "mb":
      case "mib":
        return whole(amount);
      case "gb":
      case "gib":
        return whole(amount.multiply(BigDecimal.valueOf(1024)));
      default:
        return OptionalInt.empty();
    }
  }

  private static OptionalInt whole(BigDecimal value) {
    try {
      return OptionalInt.of(value.intValueExact());
    } catch (ArithmeticException e) {
      return OptionalInt.empty();
    }
  }
}
