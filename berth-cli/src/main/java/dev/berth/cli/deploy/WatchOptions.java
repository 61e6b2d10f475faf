package dev.berth.cli.deploy;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How long and how often a command watches a rollout: shared by deploy, rollback and status. */
public final class WatchOptions {

  @Option(
      names = "--timeout",
      defaultValue = "30m",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description = "Give up watching after this long, exit 3 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--poll-interval",
      defaultValue = "6s",
      converter = DurationConverter.class,
      hidden = true,
      description = "Time between two looks at the rollout.")
  Duration pollInterval;
}
