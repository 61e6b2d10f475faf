package dev.berth.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RolePoliciesTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/exec";

  private static Verdict lacks(String roleJson, List<String> actions) {
    String details =
        "{\"RoleDetailList\": [" + roleJson + "], \"Policies\": [], \"IsTruncated\": false}";
    Snapshot snapshot =
        new SnapshotReader().read(Map.of("get-account-authorization-details.json", details));
    return new RolePolicies(snapshot).lacks("executionRoleArn", Optional.of(ROLE), actions);
  }

  private static String role(String inlineDocument, String attached) {
    return "{\"RoleName\": \"exec\", \"Arn\": \""
        + ROLE
        + "\", \"RolePolicyList\": [{\"PolicyName\": \"p\", \"PolicyDocument\": "
        + inlineDocument
        + "}], \"AttachedManagedPolicies\": ["
        + attached
        + "]}";
  }

  @Test
  void aWildcardGrantAllowsTheAction() {
    Verdict verdict =
        lacks(
            role(
                "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"secretsmanager:*\","
                    + " \"Resource\": \"*\"}}",
                ""),
            List.of("secretsmanager:GetSecretValue"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.REFUTED);
  }

  @Test
  void aUrlEncodedDocumentAsTheRawApiReturnsItIsRead() {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"ssm:GetParameters\"],\"Resource\":\"*\"}]}";
    String encoded =
        "\"" + URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20") + "\"";

    Verdict verdict = lacks(role(encoded, ""), List.of("ssm:GetParameters"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.REFUTED);
  }

  @Test
  void anExplicitDenyProvesTheLack() {
    Verdict verdict =
        lacks(
            role(
                "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},"
                    + " {\"Effect\": \"Deny\", \"Action\": \"ecr:BatchGetImage\", \"Resource\":"
                    + " \"*\"}]}",
                ""),
            List.of("ecr:BatchGetImage"));

    assertThat(verdict.isProven()).isTrue();
    assertThat(verdict.evidence().get(0)).contains("ecr:BatchGetImage");
  }

  @Test
  void aManagedPolicyWhoseDocumentIsAbsentLeavesItUndecided() {
    Verdict verdict =
        lacks(
            role(
                "{\"Statement\": []}",
                "{\"PolicyName\": \"Custom\", \"PolicyArn\":"
                    + " \"arn:aws:iam::123456789012:policy/Custom\"}"),
            List.of("secretsmanager:GetSecretValue"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNDECIDED);
  }

  @Test
  void aConditionalGrantIsNeverReadAsADenial() {
    Verdict verdict =
        lacks(
            role(
                "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\":"
                    + " \"*\", \"Condition\": {\"StringEquals\": {\"kms:ViaService\":"
                    + " \"secretsmanager.eu-west-1.amazonaws.com\"}}}}",
                ""),
            List.of("kms:Decrypt"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.UNDECIDED);
  }

  @Test
  void theKnownExecutionRolePolicyGrantsEcrPulls() {
    Verdict verdict =
        lacks(
            role(
                "{\"Statement\": []}",
                "{\"PolicyName\": \"AmazonECSTaskExecutionRolePolicy\", \"PolicyArn\":"
                    + " \"arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\"}"),
            List.of("ecr:GetAuthorizationToken", "ecr:BatchGetImage"));

    assertThat(verdict.status()).isEqualTo(Verdict.Status.REFUTED);
  }
}
