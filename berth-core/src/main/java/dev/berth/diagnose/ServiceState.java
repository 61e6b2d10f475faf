package dev.berth.diagnose;

import java.util.List;

/** A service's state in one line and its deployments, as a person reads them first. */
public record ServiceState(String summary, List<String> deployments) {

  public ServiceState {
    deployments = List.copyOf(deployments);
  }
}
