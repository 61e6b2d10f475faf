package dev.berth.ecr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagPatternTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "prod*, prod, true",
    "prod*, prod1, true",
    "prod*, preprod, false",
    "*prod, preprod, true",
    "prod, prod1, false",
    "*, anything, true",
    "*test*1*2*3, mytest-1-2-3, true",
    "*test*1*2*3, mytest-1-3-2, false",
    "a*a, a, false",
    "a*a, aa, true",
    "v1.*, v1x2, false",
    "v1.*, v1.2, true",
    "^prod.*, prod-1, false"
  })
  void matchesTheWholeTagWithStarAsTheOnlyWildcard(String pattern, String tag, boolean matches) {
    assertThat(TagPattern.of(pattern).matches(tag)).isEqualTo(matches);
  }
}
