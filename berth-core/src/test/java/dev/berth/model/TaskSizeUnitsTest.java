package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskSizeUnitsTest {

  @ParameterizedTest
  @CsvSource({"1024, 1024", "1 vCPU, 1024", ".25 vcpu, 256", "0.5 vCPU, 512", "16 vcpu, 16384"})
  void cpuInUnitsOrVcpu(String text, int units) {
    assertThat(TaskSizeUnits.cpuUnits(text)).hasValue(units);
  }

  @ParameterizedTest
  @CsvSource({"2048, 2048", "2 GB, 2048", "2GB, 2048", ".5 gb, 512", "1024 MiB, 1024"})
  void memoryInMibOrGb(String text, int mib) {
    assertThat(TaskSizeUnits.memoryMiB(text)).hasValue(mib);
  }

  @ParameterizedTest
  @ValueSource(strings = {"one", "1 core", "", "0.1 vcpu x", "1.5"})
  void anythingElseIsNotACpuValue(String text) {
    assertThat(TaskSizeUnits.cpuUnits(text)).isEmpty();
  }
}
