package dev.berth.check.rules;

import dev.berth.check.Docs;
import dev.berth.check.Findings;
import dev.berth.check.Severity;
import dev.berth.check.TaskDefinitionRule;
import dev.berth.model.FargateTaskSize;
import dev.berth.model.TaskDefinition;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * ECS001: task-level cpu and memory must be values ECS understands, and on Fargate one of the sizes
 * on its menu.
 */
public final class FargateTaskSizeRule extends TaskDefinitionRule {

  public FargateTaskSizeRule() {
    super(
        "ECS001",
        Severity.ERROR,
        "Task cpu and memory must form a valid Fargate task size",
        Docs.FARGATE_TASK_SIZE);
  }

  @Override
  protected void check(TaskDefinition td, Findings findings) {
    OptionalInt cpu = parsed(td.cpu().orElse(null), td.cpuUnits(), "cpu", findings);
    OptionalInt memory = parsed(td.memory().orElse(null), td.memoryMiB(), "memory", findings);
    if (!td.requiresFargate()) {
      return;
    }
    if (td.node().get("cpu").isEmpty()) {
      findings.report(
          td.node(),
          "Fargate requires a task-level cpu, and this task definition has none",
          "add \"cpu\": \"256\" (0.25 vCPU) or another size from the Fargate menu");
    }
    if (td.node().get("memory").isEmpty()) {
      findings.report(
          td.node(),
          "Fargate requires a task-level memory, and this task definition has none",
          "add \"memory\": \"512\" or another amount that fits the cpu");
    }
    if (cpu.isEmpty() || memory.isEmpty()) {
      return;
    }
    ScalarNode at = td.memory().orElseThrow();
    boolean windows = td.isWindows();
    if (windows
        && (cpu.getAsInt() < FargateTaskSize.WINDOWS_MIN_CPU
            || cpu.getAsInt() > FargateTaskSize.WINDOWS_MAX_CPU)) {
      findings.report(
          td.cpu().orElseThrow(),
          "Windows containers on Fargate take 1, 2 or 4 vCPU (cpu 1024, 2048 or 4096), but cpu is "
              + cpu.getAsInt(),
          "use " + nearest(cpu.getAsInt(), memory.getAsInt(), true));
      return;
    }
    if (FargateTaskSize.isValid(cpu.getAsInt(), memory.getAsInt())) {
      return;
    }
    String why =
        FargateTaskSize.isValidCpu(cpu.getAsInt())
            ? "with cpu "
                + cpu.getAsInt()
                + " Fargate takes memory "
                + FargateTaskSize.memoryChoices(cpu.getAsInt())
            : "Fargate takes cpu 256, 512, 1024, 2048, 4096, 8192 or 16384";
    findings.report(
        FargateTaskSize.isValidCpu(cpu.getAsInt()) ? at : td.cpu().orElseThrow(),
        "Fargate has no task size cpu "
            + cpu.getAsInt()
            + " / memory "
            + memory.getAsInt()
            + " MiB ("
            + why
            + ")",
        "use " + nearest(cpu.getAsInt(), memory.getAsInt(), windows));
  }

  private static OptionalInt parsed(
      ScalarNode value, OptionalInt parsed, String field, Findings findings) {
    if (value == null) {
      return OptionalInt.empty();
    }
    if (parsed.isEmpty() || parsed.getAsInt() <= 0) {
      String example = field.equals("cpu") ? "\"1024\" or \"1 vCPU\"" : "\"2048\" or \"2 GB\"";
      findings.report(
          value,
          "task " + field + " '" + value.text() + "' is not a value ECS accepts",
          "write it as " + example);
      return OptionalInt.empty();
    }
    return parsed;
  }

  private static String nearest(int cpu, int memory, boolean windows) {
    List<FargateTaskSize> sizes = FargateTaskSize.nearest(cpu, memory, windows);
    return sizes.stream()
        .map(s -> "\"cpu\": \"" + s.cpu() + "\", \"memory\": \"" + s.memory() + "\"")
        .collect(Collectors.joining(" or "));
  }
}
