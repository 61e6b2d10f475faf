package dev.berth.deploy;

import java.util.Optional;

/**
 * One difference between what runs and what the user's files ask for: the path of the value (such
 * as {@code containerDefinitions[app].image}) and its text before and after, secrets already
 * redacted. An absent side means the value is added or removed.
 */
public record Change(String path, Optional<String> before, Optional<String> after) {

  public boolean isAddition() {
    return before.isEmpty();
  }

  public boolean isRemoval() {
    return after.isEmpty();
  }
}
