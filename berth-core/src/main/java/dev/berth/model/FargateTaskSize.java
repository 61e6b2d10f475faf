package dev.berth.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A task-level cpu and memory pair that Fargate accepts. It cannot be built invalid: {@link #of}
 * refuses any pair outside the menu and names the nearest valid sizes.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size">Fargate
 *     task CPU and memory</a>
 */
public record FargateTaskSize(int cpu, int memory) {

  /** One row of the menu: a cpu value and its memory range in MiB. */
  private record Row(int cpu, int minMemory, int maxMemory, int step, List<Integer> explicit) {
    boolean allows(int memory) {
      if (!explicit.isEmpty()) {
        return explicit.contains(memory);
      }
      return memory >= minMemory && memory <= maxMemory && (memory - minMemory) % step == 0;
    }

    List<Integer> memories() {
      if (!explicit.isEmpty()) {
        return explicit;
      }
      List<Integer> all = new ArrayList<>();
      for (int m = minMemory; m <= maxMemory; m += step) {
        all.add(m);
      }
      return all;
    }

    String describe() {
      if (!explicit.isEmpty()) {
        return explicit.toString().replace("[", "").replace("]", "");
      }
      return minMemory + " to " + maxMemory + " in steps of " + step;
    }
  }

  private static final List<Row> MENU =
      List.of(
          new Row(256, 512, 2048, 0, List.of(512, 1024, 2048)),
          new Row(512, 1024, 4096, 1024, List.of()),
          new Row(1024, 2048, 8192, 1024, List.of()),
          new Row(2048, 4096, 16384, 1024, List.of()),
          new Row(4096, 8192, 30720, 1024, List.of()),
          new Row(8192, 16384, 61440, 4096, List.of()),
          new Row(16384, 32768, 122880, 8192, List.of()));

  /** The smallest cpu value Fargate accepts for Windows containers. */
  public static final int WINDOWS_MIN_CPU = 1024;

  /** The largest cpu value Fargate offers Windows containers: 8 and 16 vCPU are Linux only. */
  public static final int WINDOWS_MAX_CPU = 4096;

  public FargateTaskSize {
    if (!isValid(cpu, memory)) {
      throw new InvalidTaskSizeException(cpu, memory, nearest(cpu, memory, false));
    }
  }

  /** The size, or {@link InvalidTaskSizeException} naming the nearest valid ones. */
  public static FargateTaskSize of(int cpu, int memory) {
    return new FargateTaskSize(cpu, memory);
  }

  public static boolean isValid(int cpu, int memory) {
    return MENU.stream().anyMatch(row -> row.cpu == cpu && row.allows(memory));
  }

  /** True when {@code cpu} is a value on the menu at all. */
  public static boolean isValidCpu(int cpu) {
    return MENU.stream().anyMatch(row -> row.cpu == cpu);
  }

  /** The memory values (MiB) that go with {@code cpu}, described as the documentation does. */
  public static String memoryChoices(int cpu) {
    return MENU.stream()
        .filter(row -> row.cpu == cpu)
        .findFirst()
        .map(Row::describe)
        .orElse("none");
  }

  /**
   * The valid sizes nearest to the requested one, at most two: the one that keeps the cpu (or the
   * nearest cpu) with the nearest memory, and the smallest size that gives at least the requested
   * memory and cpu. On Windows only sizes from 1 to 4 vCPU count.
   */
  public static List<FargateTaskSize> nearest(int cpu, int memory, boolean windows) {
    List<FargateTaskSize> all = new ArrayList<>();
    for (Row row : MENU) {
      if (windows && (row.cpu < WINDOWS_MIN_CPU || row.cpu > WINDOWS_MAX_CPU)) {
        continue;
      }
      for (int m : row.memories()) {
        all.add(new FargateTaskSize(row.cpu, m));
      }
    }
    int wantedCpu = Math.max(cpu, 1);
    List<FargateTaskSize> result = new ArrayList<>();
    all.stream()
        .filter(size -> size.cpu >= cpu && size.memory >= memory)
        .min(
            Comparator.comparingInt(FargateTaskSize::cpu).thenComparingInt(FargateTaskSize::memory))
        .ifPresent(result::add);
    all.stream()
        .min(
            Comparator.comparingDouble(
                    (FargateTaskSize size) -> Math.abs(Math.log((double) size.cpu / wantedCpu)))
                .thenComparingInt(size -> Math.abs(size.memory - memory)))
        .filter(size -> !result.contains(size))
        .ifPresent(result::add);
    return result;
  }

  @Override
  public String toString() {
    return "cpu " + cpu + " / memory " + memory;
  }
}
