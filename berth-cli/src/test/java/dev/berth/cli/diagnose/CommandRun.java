package dev.berth.cli.diagnose;

import dev.berth.cli.BerthCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs berth in-process and keeps its exit code, standard output and standard error. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun withInput(String stdin, String... args) {
    CommandLine commandLine = BerthCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    if (stdin != null) {
      CommandLine explain = commandLine.getSubcommands().get("explain");
      ((ExplainCommand) explain.getCommand()).stdin =
          new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    }
    int code = commandLine.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  static CommandRun of(String... args) {
    return withInput(null, args);
  }

  /** A snapshot fixture of berth-core's tests. */
  static Path fixture(String name) {
    return Path.of(System.getProperty("berth.root", ".."))
        .resolve("berth-core/src/test/resources/snapshots")
        .resolve(name);
  }
}
