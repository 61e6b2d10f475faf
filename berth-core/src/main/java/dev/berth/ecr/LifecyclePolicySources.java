package dev.berth.ecr;

import dev.berth.source.ArrayNode;
import dev.berth.source.CloudFormationTags;
import dev.berth.source.CloudFormationTemplate;
import dev.berth.source.EmbeddedJson;
import dev.berth.source.InputError;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import dev.berth.source.SourceSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the lifecycle policies in a parsed file: a policy file itself (an object whose {@code
 * rules} hold {@code rulePriority}/{@code selection} objects), the {@code
 * LifecyclePolicy.LifecyclePolicyText} of each {@code AWS::ECR::Repository} in a CloudFormation
 * template, and the {@code policy} of each {@code aws_ecr_lifecycle_policy} in a Terraform plan
 * ({@code terraform show -json}), and the {@code lifecyclePolicyText} of {@code aws ecr
 * get-lifecycle-policy} output. A policy text that is not valid JSON becomes an {@link InputError};
 * a text that is unknown until deployment ({@code !Sub}, a plan value known after apply) is
 * skipped.
 */
public final class LifecyclePolicySources {

  private final List<LifecyclePolicy> policies = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();

  private LifecyclePolicySources() {}

  /** The policies in {@code root}, read from {@code file} whose text is {@code text}. */
  public static LifecyclePolicySources read(String file, Node root, String text) {
    LifecyclePolicySources found = new LifecyclePolicySources();
    if (isPolicy(root)) {
      found.policies.add(new LifecyclePolicy(file, "", root, text.length()));
    } else if (CloudFormationTemplate.isTemplate(root)) {
      found.fromTemplate(file, (ObjectNode) root, text);
    } else if (isTerraformPlan(root)) {
      found.fromPlan(file, (ObjectNode) root, text);
    } else if (root instanceof ObjectNode saved && saved.get("lifecyclePolicyText").isPresent()) {
      // get-lifecycle-policy output, as the AWS CLI prints it or berth saved it.
      String repository = saved.knownString("repositoryName").orElse("the repository");
      found.embedded(
          file, "repository " + repository, saved.get("lifecyclePolicyText").get(), text);
    }
    return found;
  }

  public List<LifecyclePolicy> policies() {
    return List.copyOf(policies);
  }

  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /** True for a document shaped like a lifecycle policy. */
  public static boolean isPolicy(Node root) {
    return root instanceof ObjectNode object
        && object
            .array("rules")
            .map(
                rules ->
                    rules
                        .objects()
                        .anyMatch(
                            r ->
                                r.member("rulePriority").isPresent()
                                    || r.member("selection").isPresent()))
            .orElse(false);
  }

  private void fromTemplate(String file, ObjectNode template, String text) {
    Optional<ObjectNode> resources = template.object("Resources");
    if (resources.isEmpty()) {
      return;
    }
    for (ObjectNode.Member resource : resources.get().entries()) {
      if (!(resource.value() instanceof ObjectNode body)
          || body.knownString("Type").filter("AWS::ECR::Repository"::equals).isEmpty()) {
        continue;
      }
      Optional<Node> policyText =
          body.object("Properties")
              .flatMap(p -> p.object("LifecyclePolicy"))
              .flatMap(p -> p.get("LifecyclePolicyText"));
      if (policyText.isEmpty() || CloudFormationTags.isIntrinsic(policyText.get())) {
        continue;
      }
      embedded(file, "AWS::ECR::Repository " + resource.key(), policyText.get(), text);
    }
  }

  private void fromPlan(String file, ObjectNode plan, String text) {
    Set<String> seen = new LinkedHashSet<>();
    for (ObjectNode change :
        plan.array("resource_changes").stream().flatMap(ArrayNode::objects).toList()) {
      if (!isLifecyclePolicyResource(change)) {
        continue;
      }
      String address = change.knownString("address").orElse("aws_ecr_lifecycle_policy");
      seen.add(address);
      Optional<ObjectNode> planned = change.object("change");
      List<String> actions =
          planned.flatMap(c -> c.array("actions")).stream()
              .flatMap(ArrayNode::strings)
              .map(ScalarNode::text)
              .toList();
      if (actions.equals(List.of("delete"))) {
        continue;
      }
      // A policy known only after apply has no "after" value: nothing to check yet.
      planned
          .flatMap(c -> c.object("after"))
          .flatMap(a -> a.get("policy"))
          .ifPresent(policy -> embedded(file, address, policy, text));
    }
    plan.object("planned_values")
        .flatMap(v -> v.object("root_module"))
        .ifPresent(module -> fromModule(file, module, text, seen));
  }

  private void fromModule(String file, ObjectNode module, String text, Set<String> seen) {
    for (ObjectNode resource :
        module.array("resources").stream().flatMap(ArrayNode::objects).toList()) {
      String address = resource.knownString("address").orElse("aws_ecr_lifecycle_policy");
      if (!isLifecyclePolicyResource(resource) || !seen.add(address)) {
        continue;
      }
      resource
          .object("values")
          .flatMap(v -> v.get("policy"))
          .ifPresent(policy -> embedded(file, address, policy, text));
    }
    for (ObjectNode child :
        module.array("child_modules").stream().flatMap(ArrayNode::objects).toList()) {
      fromModule(file, child, text, seen);
    }
  }

  private static boolean isLifecyclePolicyResource(ObjectNode resource) {
    return resource.knownString("type").filter("aws_ecr_lifecycle_policy"::equals).isPresent()
        && resource.knownString("mode").filter("data"::equals).isEmpty();
  }

  private void embedded(String file, String origin, Node value, String text) {
    if (!(value instanceof ScalarNode string) || !string.isString()) {
      errors.add(
          InputError.at(
              value.position(),
              "the lifecycle policy of "
                  + origin
                  + " must be a JSON string, not "
                  + value.typeName()));
      return;
    }
    if (string.hasPlaceholder()) {
      return;
    }
    try {
      policies.add(
          new LifecyclePolicy(
              file, origin, EmbeddedJson.read(string, text), string.text().length()));
    } catch (SourceSyntaxException e) {
      errors.add(
          InputError.at(
              e.position(),
              "the lifecycle policy of " + origin + " is not valid JSON: " + e.reason()));
    }
  }

  private static boolean isTerraformPlan(Node root) {
    return root instanceof ObjectNode object
        && object.get("format_version").isPresent()
        && (object.get("resource_changes").isPresent() || object.get("planned_values").isPresent());
  }
}
