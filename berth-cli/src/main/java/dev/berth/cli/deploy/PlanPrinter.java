package dev.berth.cli.deploy;

import dev.berth.deploy.Change;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanStep;
import java.io.PrintWriter;
import java.util.List;

/** Prints a plan for people: the diffs, then the numbered steps, destructive ones marked. */
final class PlanPrinter {

  private final PrintWriter out;
  private final boolean colour;

  PlanPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  void print(Plan plan, String cluster) {
    out.println("Plan for service " + plan.serviceName() + " in cluster " + cluster + ":");
    section(
        "Task definition " + plan.family(),
        plan.taskDefinitionChanges(),
        plan.reusedTaskDefinition().isPresent()
            ? "no change (" + plan.reusedTaskDefinition().get() + " is the same)"
            : "no change");
    section(
        "Service " + plan.serviceName(),
        plan.serviceChanges(),
        plan.has(PlanStep.Kind.CREATE_SERVICE)
            ? "new: created with the attributes of the service definition"
            : "no attribute change");
    out.println();
    if (plan.isEmpty()) {
      out.println("Nothing to do: the service already runs what the files say.");
      out.flush();
      return;
    }
    out.println("Steps:");
    int number = 1;
    for (PlanStep step : plan.steps()) {
      String flag =
          step.destructive() ? paint("DESTRUCTIVE", "\u001b[31;1m") : paint("safe", "\u001b[32m");
      out.println("  " + number++ + ". [" + flag + "] " + step.summary());
    }
    out.flush();
  }

  private void section(String title, List<Change> changes, String none) {
    out.println();
    out.println(title + ":");
    if (changes.isEmpty()) {
      out.println("  " + none);
      return;
    }
    for (Change change : changes) {
      if (change.isAddition()) {
        out.println(paint("  + " + change.path() + ": " + change.after().get(), "\u001b[32m"));
      } else if (change.isRemoval()) {
        out.println(paint("  - " + change.path() + ": " + change.before().get(), "\u001b[31m"));
      } else {
        out.println(
            paint(
                "  ~ "
                    + change.path()
                    + ": "
                    + change.before().get()
                    + " -> "
                    + change.after().get(),
                "\u001b[33m"));
      }
    }
  }

  private String paint(String text, String code) {
    return colour ? code + text + "\u001b[0m" : text;
  }
}
