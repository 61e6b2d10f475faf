package dev.berth.deploy;

/** One thing a deployment will do to AWS, and whether it can hurt a running service. */
public record PlanStep(Kind kind, String summary) {

  /** What a step does; each kind is either safe or destructive. */
  public enum Kind {
    REGISTER_TASK_DEFINITION(false),
    CREATE_SERVICE(false),
    UPDATE_SERVICE(false),
    /** Replaces every running task, even when nothing changed. */
    FORCE_NEW_DEPLOYMENT(true),
    /** An attribute update-service cannot change: the service must be deleted and created. */
    REPLACE_SERVICE(true),
    /** Traffic moves to other target groups, or stops reaching the containers. */
    CHANGE_LOAD_BALANCERS(true),
    /** Tasks move to other subnets or security groups; reachability can break. */
    CHANGE_NETWORK_CONFIGURATION(true),
    /** The previous revision can no longer be rolled back to or run. */
    DEREGISTER_REVISION(true);

    private final boolean destructive;

    Kind(boolean destructive) {
      this.destructive = destructive;
    }

    public boolean destructive() {
      return destructive;
    }
  }

  public boolean destructive() {
    return kind.destructive();
  }
}
