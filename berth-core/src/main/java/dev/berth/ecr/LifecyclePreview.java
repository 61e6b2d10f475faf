package dev.berth.ecr;

import java.time.Instant;
import java.util.List;

/** The verdict on every image of a repository at one evaluation time, newest push first. */
public record LifecyclePreview(Instant at, List<ImageVerdict> verdicts) {

  public LifecyclePreview {
    verdicts = List.copyOf(verdicts);
  }

  public PreviewSummary summary() {
    int kept = 0;
    int expired = 0;
    int transitioned = 0;
    long bytesExpired = 0;
    long bytesTransitioned = 0;
    for (ImageVerdict v : verdicts) {
      switch (v.verdict()) {
        case EXPIRE:
          expired++;
          bytesExpired += v.image().sizeInBytes();
          break;
        case TRANSITION:
          transitioned++;
          bytesTransitioned += v.image().sizeInBytes();
          break;
        default:
          kept++;
      }
    }
    return new PreviewSummary(kept, expired, transitioned, bytesExpired, bytesTransitioned);
  }
}
