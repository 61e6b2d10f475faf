package dev.berth.diagnose;

import static dev.berth.diagnose.SnapshotFile.GET_ACCOUNT_AUTHORIZATION_DETAILS;

import dev.berth.source.JsonSourceReader;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import dev.berth.source.SourceSyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an IAM role's identity policies allow, from {@code aws iam
 * get-account-authorization-details}. It answers one question soundly: is an action granted to the
 * role at all. Conditions, permission boundaries and SCPs are not evaluated; a grant under a
 * condition counts as "cannot tell", never as "denied".
 */
final class RolePolicies {

  /**
   * The AWS managed policy that execution roles usually carry, in case the snapshot lists it as
   * attached without its document.
   *
   * @see <a
   *     href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html">Task
   *     execution IAM role</a>
   */
  private static final Map<String, List<String>> KNOWN_MANAGED =
      Map.of(
          "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
          List.of(
              "ecr:GetAuthorizationToken",
              "ecr:BatchCheckLayerAvailability",
              "ecr:GetDownloadUrlForLayer",
              "ecr:BatchGetImage",
              "logs:CreateLogStream",
              "logs:PutLogEvents"));

  private enum Grant {
    ALLOWED,
    DENIED,
    CONDITIONAL,
    NONE
  }

  private final Snapshot snapshot;

  RolePolicies(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /**
   * PROVEN when the role is granted none of {@code actions} (or one is explicitly denied), REFUTED
   * when each is allowed, UNDECIDED when the policies are not all in the snapshot.
   */
  Verdict lacks(String roleLabel, Optional<String> roleArn, List<String> actions) {
    if (roleArn.isEmpty()) {
      return Verdict.proven(
          List.of("the task definition has no " + roleLabel),
          List.of("Set " + roleLabel + " on the task definition."));
    }
    if (!snapshot.has(GET_ACCOUNT_AUTHORIZATION_DETAILS)) {
      return Verdict.undecided(
          "the policies of " + roleArn.get() + " are not in the snapshot",
          Set.of(GET_ACCOUNT_AUTHORIZATION_DETAILS.fileName()));
    }
    String roleName = roleArn.get().substring(roleArn.get().lastIndexOf('/') + 1);
    Optional<ObjectNode> role =
        snapshot
            .items(GET_ACCOUNT_AUTHORIZATION_DETAILS)
            .filter(
                r ->
                    Json.text(r, "Arn").map(roleArn.get()::equals).orElse(false)
                        || Json.text(r, "RoleName").map(roleName::equals).orElse(false))
            .findFirst();
    if (role.isEmpty()) {
      return Verdict.undecided(
          "role " + roleName + " is not in get-account-authorization-details.json",
          Set.of(GET_ACCOUNT_AUTHORIZATION_DETAILS.fileName()));
    }

    List<String> missing = new ArrayList<>();
    boolean unknown = false;
    for (String action : actions) {
      Grant grant = grant(role.get(), action);
      if (grant == Grant.DENIED || grant == Grant.NONE) {
        missing.add(action);
      } else if (grant == Grant.CONDITIONAL) {
        unknown = true;
      }
    }
    if (missing.isEmpty()) {
      return unknown
          ? Verdict.undecided(
              "the role's grants carry conditions or unknown managed policies", Set.of())
          : Verdict.refuted(List.of());
    }
    return Verdict.proven(
        List.of(
            role.get().position()
                + " role "
                + roleName
                + " is granted none of: "
                + String.join(", ", missing)),
        List.of("Allow " + String.join(", ", missing) + " to role " + roleName + "."));
  }

  private Grant grant(ObjectNode role, String action) {
    List<ObjectNode> documents = new ArrayList<>();
    boolean unseenPolicy = false;
    for (ObjectNode inline : Json.objects(role, "RolePolicyList").toList()) {
      document(inline.get("PolicyDocument")).ifPresent(documents::add);
    }
    for (ObjectNode attached : Json.objects(role, "AttachedManagedPolicies").toList()) {
      String arn = Json.text(attached, "PolicyArn").orElse("");
      Optional<ObjectNode> managed = managedDocument(arn);
      if (managed.isPresent()) {
        documents.add(managed.get());
      } else if (KNOWN_MANAGED.containsKey(arn)) {
        if (KNOWN_MANAGED.get(arn).stream().anyMatch(a -> matches(a, action))) {
          return Grant.ALLOWED;
        }
      } else {
        unseenPolicy = true;
      }
    }

    Grant result = Grant.NONE;
    for (ObjectNode document : documents) {
      for (ObjectNode statement : statements(document)) {
        if (!actionMatches(statement, action)) {
          continue;
        }
        boolean conditional = statement.get("Condition").isPresent();
        boolean deny = Json.text(statement, "Effect").map("Deny"::equals).orElse(false);
        if (deny && !conditional) {
          return Grant.DENIED;
        }
        if (!deny) {
          result = conditional && result != Grant.ALLOWED ? Grant.CONDITIONAL : Grant.ALLOWED;
        }
      }
    }
    if (result == Grant.NONE && unseenPolicy) {
      return Grant.CONDITIONAL;
    }
    return result;
  }

  private Optional<ObjectNode> managedDocument(String arn) {
    return snapshot
        .documents(GET_ACCOUNT_AUTHORIZATION_DETAILS)
        .flatMap(d -> Json.objects(d.root(), "Policies"))
        .filter(p -> Json.text(p, "Arn").map(arn::equals).orElse(false))
        .flatMap(p -> Json.objects(p, "PolicyVersionList"))
        .filter(v -> Json.flag(v, "IsDefaultVersion").orElse(false))
        .findFirst()
        .flatMap(v -> document(v.get("Document")));
  }

  /** The CLI prints policy documents as objects; the raw API returns URL-encoded JSON text. */
  private static Optional<ObjectNode> document(Optional<Node> value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof ObjectNode object) {
      return Optional.of(object);
    }
    if (value.get() instanceof ScalarNode text && text.isString()) {
      try {
        String json = URLDecoder.decode(text.text(), StandardCharsets.UTF_8);
        Node parsed = JsonSourceReader.read(text.position().file(), json);
        return parsed instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
      } catch (SourceSyntaxException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static List<ObjectNode> statements(ObjectNode document) {
    Optional<Node> statement = document.get("Statement");
    if (statement.isPresent() && statement.get() instanceof ObjectNode single) {
      return List.of(single);
    }
    return Json.objects(document, "Statement").toList();
  }

  private static boolean actionMatches(ObjectNode statement, String action) {
    List<String> actions = Json.strings(statement, "Action");
    if (!actions.isEmpty()) {
      return actions.stream().anyMatch(a -> matches(a, action));
    }
    List<String> notActions = Json.strings(statement, "NotAction");
    return !notActions.isEmpty() && notActions.stream().noneMatch(a -> matches(a, action));
  }

  /** IAM action patterns: case-insensitive, '*' and '?' wildcards. */
  static boolean matches(String pattern, String action) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(action).matches();
  }
}
