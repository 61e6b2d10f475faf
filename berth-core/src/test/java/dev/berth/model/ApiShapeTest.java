package dev.berth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApiShapeTest {

  @Test
  void fieldNamesAndTypesComeFromTheSdkModel() {
    ApiShape register = TaskDefinition.REGISTER_SHAPE;

    assertThat(register.name()).isEqualTo("RegisterTaskDefinitionRequest");
    assertThat(register.field("containerDefinitions"))
        .hasValueSatisfying(
            type ->
                assertThat(((ApiType.ListOf) type).element())
                    .isInstanceOfSatisfying(
                        ApiType.Structure.class,
                        s -> assertThat(s.shape().name()).isEqualTo("ContainerDefinition")));
    assertThat(register.field("tags")).get().isInstanceOf(ApiType.ListOf.class);
    assertThat(register.field("cpu")).contains(new ApiType.Scalar(ApiType.Kind.STRING));
  }

  @Test
  void theReadOnlyFieldsAreWhatDescribeAddsToRegistration() {
    Set<String> readOnly = new TreeSet<>(TaskDefinition.DESCRIBED_SHAPE.fieldNames());
    readOnly.removeAll(TaskDefinition.REGISTER_SHAPE.fieldNames());

    assertThat(readOnly)
        .contains(
            "taskDefinitionArn",
            "revision",
            "status",
            "requiresAttributes",
            "compatibilities",
            "registeredAt",
            "registeredBy",
            "deregisteredAt");
  }

  @Test
  void spellingSuggestsTheFieldMeant() {
    Set<String> fields = TaskDefinition.REGISTER_SHAPE.fieldNames();

    assertThat(Spelling.closest("ContainerDefinitions", fields)).contains("containerDefinitions");
    assertThat(Spelling.closest("execution_role_arn", fields)).contains("executionRoleArn");
    assertThat(Spelling.closest("netwrokMode", fields)).contains("networkMode");
    assertThat(Spelling.closest("completelyDifferent", fields)).isEmpty();
  }
}
