package dev.berth.cli.ecr;

import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.check.Severity;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.cli.check.InputFiles;
import dev.berth.ecr.Image;
import dev.berth.ecr.ImageDetailsReader;
import dev.berth.ecr.ImageIndexReader;
import dev.berth.ecr.InvalidLifecyclePolicyException;
import dev.berth.ecr.LifecycleEvaluator;
import dev.berth.ecr.LifecyclePolicy;
import dev.berth.ecr.LifecyclePreview;
import dev.berth.ecr.LifecycleRule;
import dev.berth.model.Workload;
import dev.berth.model.WorkloadReader;
import dev.berth.report.PreviewJsonRenderer;
import dev.berth.report.PreviewTableRenderer;
import dev.berth.report.Report;
import dev.berth.report.TextRenderer;
import dev.berth.source.InputError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code berth ecr preview}: what a lifecycle policy would do to a repository's images, offline:
 * the policy from a file, the images from saved {@code describe-images} output.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Shows which images a lifecycle policy would keep, expire or archive, and why.",
      "The policy comes from a policy JSON file, a CloudFormation template or a Terraform plan"
          + " (terraform show -json); the images from `aws ecr describe-images --output json`."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the preview was printed",
      "1:the policy has errors ECR would reject (printed on stderr)",
      "2:bad usage or unreadable input"
    })
public final class PreviewCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--policy",
      required = true,
      paramLabel = "FILE",
      description = "The lifecycle policy: a policy file, a template or a Terraform plan.")
  Path policy;

  @Option(
      names = "--resource",
      paramLabel = "NAME",
      description = "Which policy, when the file holds several (a resource name or address).")
  String resource;

  @Option(
      names = "--images",
      required = true,
      paramLabel = "FILE",
      description = "The repository's images: aws ecr describe-images output.")
  Path images;

  @Option(
      names = "--manifests",
      paramLabel = "FILE",
      description =
          "The manifests of the repository's image indexes: aws ecr batch-get-image output."
              + " Without it berth cannot see which images a multi-architecture index keeps.")
  Path manifests;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "Evaluate at this time (ISO 8601, e.g. 2026-12-04T00:00:00Z); default: now.")
  String at;

  @Option(
      names = {"--format", "--output", "-o"},
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--debug", description = "Show stack traces of internal failures.")
  boolean debug;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant when = evaluationTime();

    LifecyclePolicy chosen = readPolicy(err);
    List<Finding> findings = validate(chosen);
    if (!findings.isEmpty()) {
      err.print(new TextRenderer(false).render(new Report(findings, List.of())));
      err.flush();
    }
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      err.println("berth: " + chosen.label() + " has errors ECR would reject; no preview");
      err.flush();
      return ExitCodes.FINDINGS;
    }
    List<LifecycleRule> rules;
    try {
      rules = chosen.rules();
    } catch (InvalidLifecyclePolicyException e) {
      throw new UserFacingException(e.getMessage(), ExitCodes.USAGE, e);
    }

    List<Image> repository = readImages(err);
    LifecyclePreview preview = LifecycleEvaluator.evaluate(rules, repository, when);
    out.print(
        format == Format.json
            ? new PreviewJsonRenderer().render(preview)
            : new PreviewTableRenderer().render(preview));
    out.flush();
    return ExitCodes.OK;
  }

  private Instant evaluationTime() {
    if (at == null) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(at.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new UserFacingException(
          "--at " + at + " is not an ISO 8601 time with an offset; write 2026-12-04T00:00:00Z",
          ExitCodes.USAGE);
    }
  }

  private LifecyclePolicy readPolicy(PrintWriter err) {
    InputFiles.Read read = InputFiles.read(policy);
    if (read.error() != null) {
      throw failed(List.of(read.error()), err);
    }
    WorkloadReader reader = new WorkloadReader();
    reader.add(read.name(), read.text());
    if (!reader.errors().isEmpty()) {
      throw failed(reader.errors(), err);
    }
    List<LifecyclePolicy> found = reader.workload().lifecyclePolicies();
    if (resource != null) {
      found = found.stream().filter(p -> p.origin().contains(resource)).toList();
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new UserFacingException(
          policy
              + " holds no lifecycle policy"
              + (resource == null ? "" : " of a resource named " + resource)
              + "; expected {\"rules\": [...]}, an AWS::ECR::Repository with"
              + " LifecyclePolicyText, or an aws_ecr_lifecycle_policy in a plan",
          ExitCodes.USAGE);
    }
    throw new UserFacingException(
        policy
            + " holds "
            + found.size()
            + " lifecycle policies ("
            + String.join(", ", found.stream().map(LifecyclePolicy::origin).toList())
            + "); choose one with --resource",
        ExitCodes.USAGE);
  }

  private static List<Finding> validate(LifecyclePolicy chosen) {
    Workload workload = Workload.of(List.of(), List.of(chosen));
    return new Checker(RuleRegistry.withPrefix("ECR")).check(workload);
  }

  private List<Image> readImages(PrintWriter err) {
    InputFiles.Read read = InputFiles.read(images);
    if (read.error() != null) {
      throw failed(List.of(read.error()), err);
    }
    ImageDetailsReader details = ImageDetailsReader.read(read.name(), read.text());
    if (!details.errors().isEmpty()) {
      throw failed(details.errors(), err);
    }
    List<Image> found = details.images();
    if (manifests != null) {
      InputFiles.Read manifestText = InputFiles.read(manifests);
      if (manifestText.error() != null) {
        throw failed(List.of(manifestText.error()), err);
      }
      ImageIndexReader indexes = ImageIndexReader.read(manifestText.name(), manifestText.text());
      if (!indexes.errors().isEmpty()) {
        throw failed(indexes.errors(), err);
      }
      found = indexes.attachTo(found);
    }
    List<Image> blind =
        found.stream().filter(i -> i.isIndex() && i.childDigests().isEmpty()).toList();
    for (Image index : blind) {
      err.println(
          "berth: warning: "
              + index.digest()
              + " is a multi-architecture image index whose children berth cannot see; the"
              + " preview may expire images it references. Pass --manifests with"
              + " `aws ecr batch-get-image` output for it");
    }
    err.flush();
    return found;
  }

  /** One unreadable input is the failure's own line; several are listed first. */
  private static UserFacingException failed(List<InputError> errors, PrintWriter err) {
    if (errors.size() == 1) {
      return new UserFacingException(line(errors.get(0)), ExitCodes.USAGE);
    }
    errors.forEach(e -> err.println(line(e)));
    err.flush();
    return new UserFacingException(
        errors.size() + " values above could not be read", ExitCodes.USAGE);
  }

  private static String line(InputError e) {
    return e.file() + ":" + e.line() + ":" + e.column() + ": " + e.message();
  }
}
