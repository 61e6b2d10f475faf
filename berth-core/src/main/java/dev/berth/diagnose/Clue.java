package dev.berth.diagnose;

/** One thing in a message that points to a cause: how strongly, and what was seen. */
record Clue(Cause cause, int weight, String evidence) {}
