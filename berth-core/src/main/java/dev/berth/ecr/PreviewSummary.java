package dev.berth.ecr;

/**
 * The totals of a preview. The byte counts add up {@code imageSizeInBytes}; layers shared with
 * images that stay are not freed, so ECR may free less than {@link #bytesExpired()}.
 */
public record PreviewSummary(
    int kept, int expired, int transitioned, long bytesExpired, long bytesTransitioned) {}
