package dev.berth.cli.deploy;

import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.deploy.Plan;
import dev.berth.deploy.PlanStep;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Destructive steps go ahead only when a person says so: asked on a terminal, or {@code --yes}
 * given beforehand. Without a terminal and without {@code --yes}, berth refuses.
 */
final class Confirmation {

  private Confirmation() {}

  static void require(Plan plan, boolean yes, PrintWriter out) {
    if (!plan.hasDestructiveSteps() || yes) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      throw new UserFacingException(
          "the plan has destructive steps ("
              + String.join(
                  ", ",
                  plan.destructiveSteps().stream()
                      .map(PlanStep::kind)
                      .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .toList())
              + ") and there is no terminal to confirm them: review the plan and run again with"
              + " --yes",
          ExitCodes.USAGE);
    }
    out.flush();
    String answer = console.readLine("Carry out the destructive steps above? [y/N] ");
    if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
      throw new UserFacingException("not confirmed: nothing was changed", ExitCodes.USAGE);
    }
  }
}
