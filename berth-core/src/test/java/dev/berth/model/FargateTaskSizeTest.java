package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FargateTaskSizeTest {

  @ParameterizedTest
  @CsvSource({
    "256, 512", "256, 2048", "512, 4096", "1024, 8192", "2048, 16384", "4096, 30720",
    "8192, 16384", "8192, 61440", "8192, 20480", "16384, 32768", "16384, 122880", "16384, 40960"
  })
  void everyRowOfTheMenuIsAccepted(int cpu, int memory) {
    assertThat(FargateTaskSize.of(cpu, memory).memory()).isEqualTo(memory);
  }

  @ParameterizedTest
  @CsvSource({
    "256, 3072",
    "512, 512",
    "1024, 9216",
    "4096, 31744",
    "8192, 18432",
    "16384, 36864",
    "128, 512"
  })
  void sizesOffTheMenuAreRefusedWithTheNearestValidOnes(int cpu, int memory) {
    assertThatThrownBy(() -> FargateTaskSize.of(cpu, memory))
        .isInstanceOfSatisfying(
            InvalidTaskSizeException.class,
            e -> assertThat(e.nearest()).isNotEmpty().allMatch(s -> s.cpu() > 0));
  }

  @Test
  void theNearestSizeGivesAtLeastWhatWasAskedFor() {
    assertThat(FargateTaskSize.nearest(512, 512, false)).contains(FargateTaskSize.of(512, 1024));
    assertThat(FargateTaskSize.nearest(256, 3072, false))
        .first()
        .isEqualTo(FargateTaskSize.of(512, 3072));
  }

  @Test
  void windowsStartsAtOneVcpu() {
    assertThat(FargateTaskSize.nearest(256, 512, true)).allMatch(s -> s.cpu() >= 1024);
  }

  @Property
  void everySuggestionIsItselfValid(
      @ForAll @IntRange(min = 1, max = 20000) int cpu,
      @ForAll @IntRange(min = 1, max = 130000) int memory) {
    assertThat(FargateTaskSize.nearest(cpu, memory, false))
        .isNotEmpty()
        .allMatch(s -> FargateTaskSize.isValid(s.cpu(), s.memory()));
  }

  @Property
  void theFirstSuggestionCoversTheRequestWheneverTheMenuCan(
      @ForAll @IntRange(min = 1, max = 16384) int cpu,
      @ForAll @IntRange(min = 1, max = 122880) int memory) {
    FargateTaskSize first = FargateTaskSize.nearest(cpu, memory, false).get(0);
    assertThat(first.cpu()).isGreaterThanOrEqualTo(cpu);
    assertThat(first.memory()).isGreaterThanOrEqualTo(memory);
  }
}
