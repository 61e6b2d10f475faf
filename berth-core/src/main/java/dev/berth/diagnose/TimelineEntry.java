package dev.berth.diagnose;

import java.time.Instant;

/** One moment in a service's recent history: a service event, a task stop or a deployment. */
public record TimelineEntry(Instant at, String kind, String text) {}
