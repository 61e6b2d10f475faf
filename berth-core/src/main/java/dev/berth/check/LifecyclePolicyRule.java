package dev.berth.check;

import dev.berth.ecr.LifecyclePolicy;
import dev.berth.model.Workload;

/** A rule that looks at one ECR lifecycle policy at a time. */
public interface LifecyclePolicyRule extends Rule {

  void check(LifecyclePolicy policy, Findings findings);

  @Override
  default void check(Workload workload, Findings findings) {
    for (LifecyclePolicy policy : workload.lifecyclePolicies()) {
      try {
        check(policy, findings);
      } catch (RuntimeException failure) {
        findings.ruleFailed(policy.root(), failure);
      }
    }
  }
}
