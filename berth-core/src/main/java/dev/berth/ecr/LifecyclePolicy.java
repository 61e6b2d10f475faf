package dev.berth.ecr;

import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A lifecycle policy as the user wrote it, in a policy file, a CloudFormation template or a
 * Terraform plan, every value with its position. {@link #rules()} gives the typed rules once the
 * ECR check rules have found no error.
 *
 * @param file the file the policy was read from
 * @param origin where in the file: empty for a policy file, else the resource that holds it
 * @param root the policy document itself
 * @param textLength the length of the policy text as ECR receives it; -1 when not known
 */
public record LifecyclePolicy(String file, String origin, Node root, int textLength) {

  /** A policy whose text length is not known. */
  public LifecyclePolicy(String file, String origin, Node root) {
    this(file, origin, root, -1);
  }

  /** The object of each element of {@code rules}; elements that are not objects are left out. */
  public List<PolicyRuleNode> ruleNodes() {
    return rulesArray().stream().flatMap(ArrayNode::objects).map(PolicyRuleNode::new).toList();
  }

  /** The {@code rules} array, if the document is an object that has one. */
  public Optional<ArrayNode> rulesArray() {
    return root instanceof ObjectNode object ? object.array("rules") : Optional.empty();
  }

  /** The name to show for the policy: the resource holding it, or the file. */
  public String label() {
    return origin.isEmpty() ? file : origin + " in " + file;
  }

  /**
   * The typed rules, for evaluation.
   *
   * @throws InvalidLifecyclePolicyException naming the first value that is not as ECR takes it
   */
  public List<LifecycleRule> rules() throws InvalidLifecyclePolicyException {
    if (rulesArray().isEmpty()) {
      throw new InvalidLifecyclePolicyException(root, "the policy has no \"rules\" array");
    }
    List<PolicyRuleNode> nodes = ruleNodes();
    if (nodes.isEmpty()) {
      throw new InvalidLifecyclePolicyException(root, "the policy has no rules");
    }
    java.util.ArrayList<LifecycleRule> rules = new java.util.ArrayList<>();
    for (PolicyRuleNode node : nodes) {
      rules.add(node.toRule());
    }
    return rules;
  }
}
