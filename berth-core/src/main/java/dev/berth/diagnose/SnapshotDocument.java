package dev.berth.diagnose;

import dev.berth.source.ObjectNode;

/** One file of a snapshot: which call it holds, its qualifier, its name, and its content. */
public record SnapshotDocument(
    SnapshotFile call, String qualifier, String fileName, ObjectNode root) {}
