package dev.berth.ecr;

import dev.berth.source.ArrayNode;
import dev.berth.source.Node;
import dev.berth.source.ObjectNode;
import dev.berth.source.ScalarNode;
import java.util.List;
import java.util.Optional;

/** One element of a policy's {@code rules} as written, with typed reads of its fields. */
public record PolicyRuleNode(ObjectNode node) {

  public Optional<ScalarNode> priorityNode() {
    return node.scalar("rulePriority");
  }

  /** The rule priority when it is written as a JSON integer. */
  public Optional<Long> priority() {
    return priorityNode().filter(ScalarNode::isNumber).flatMap(ScalarNode::asLong);
  }

  public Optional<ObjectNode> selection() {
    return node.object("selection");
  }

  public Optional<ObjectNode> action() {
    return node.object("action");
  }

  public Optional<String> description() {
    return node.knownString("description");
  }

  public Optional<String> selectionString(String key) {
    return selection().flatMap(s -> s.knownString(key));
  }

  public Optional<TagStatus> tagStatus() {
    return selectionString("tagStatus").flatMap(TagStatus::parse);
  }

  public Optional<CountType> countType() {
    return selectionString("countType").flatMap(CountType::parse);
  }

  /** The storage class the rule selects; {@code standard} when not written, as ECR defaults. */
  public Optional<StorageClass> storageClass() {
    Optional<ScalarNode> written = selection().flatMap(s -> s.scalar("storageClass"));
    if (written.isEmpty()) {
      return Optional.of(StorageClass.STANDARD);
    }
    return written.filter(ScalarNode::isString).flatMap(s -> StorageClass.parse(s.text()));
  }

  public Optional<ActionType> actionType() {
    return action().flatMap(a -> a.knownString("type")).flatMap(ActionType::parse);
  }

  public Optional<Long> countNumber() {
    return selection()
        .flatMap(s -> s.scalar("countNumber"))
        .filter(ScalarNode::isNumber)
        .flatMap(ScalarNode::asLong);
  }

  public Optional<ArrayNode> list(String key) {
    return selection().flatMap(s -> s.array(key));
  }

  /** The strings of a tag list; entries that are not strings are left out. */
  public List<String> strings(String key) {
    return list(key).stream().flatMap(ArrayNode::strings).map(ScalarNode::text).toList();
  }

  /** How findings name this rule: by its priority, or by its place when it has none. */
  public String label() {
    return priority().map(p -> "rule " + p).orElse("the rule at " + node.pointer());
  }

  /** The typed rule, or the first value that stops it being one. */
  LifecycleRule toRule() throws InvalidLifecyclePolicyException {
    long priority = require(priority(), node, "rulePriority must be an integer");
    ObjectNode selection = require(selection(), node, "the rule has no \"selection\" object");
    TagStatus status = require(tagStatus(), selection, "tagStatus must be tagged, untagged or any");
    CountType count =
        require(
            countType(),
            selection,
            "countType must be imageCountMoreThan, sinceImagePushed, sinceImagePulled or"
                + " sinceImageTransitioned");
    long number = require(countNumber(), selection, "countNumber must be an integer");
    StorageClass storage =
        require(storageClass(), selection, "storageClass must be standard or archive");
    ActionType type = require(actionType(), node, "action.type must be expire or transition");
    if (priority < 1 || priority > Integer.MAX_VALUE || number < 1 || number > Integer.MAX_VALUE) {
      throw new InvalidLifecyclePolicyException(
          node, "rulePriority and countNumber must be positive");
    }
    return new LifecycleRule(
        (int) priority,
        description().orElse(""),
        status,
        strings("tagPrefixList"),
        strings("tagPatternList").stream().map(TagPattern::of).toList(),
        storage,
        count,
        (int) number,
        type);
  }

  private static <T> T require(Optional<T> value, Node at, String reason)
      throws InvalidLifecyclePolicyException {
    if (value.isEmpty()) {
      throw new InvalidLifecyclePolicyException(at, reason);
    }
    return value.get();
  }
}
