package dev.berth.cli.ecr;

import dev.berth.aws.ecr.RepositorySnapshot;
import dev.berth.check.Checker;
import dev.berth.check.Finding;
import dev.berth.check.RuleRegistry;
import dev.berth.check.Severity;
import dev.berth.cli.ExitCodes;
import dev.berth.cli.UserFacingException;
import dev.berth.cli.check.InputFiles;
import dev.berth.cli.deploy.AwsOptions;
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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
          + " (terraform show -json); the images from `aws ecr describe-images --output json`,"
          + " or live from ECR with --repository (read-only), or from a saved --snapshot."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the preview was printed",
      "1:the policy has errors ECR would reject (printed on stderr)",
      "2:bad usage or unreadable input",
      "3:AWS refused a request, or could not be reached"
    })
public final class PreviewCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin AwsOptions aws;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The lifecycle policy: a policy file, a template, a Terraform plan or"
              + " get-lifecycle-policy output. Default with --repository or --snapshot: the"
              + " repository's own policy.")
  Path policy;

  @Option(
      names = "--resource",
      paramLabel = "NAME",
      description = "Which policy, when the file holds several (a resource name or address).")
  String resource;

  @Option(
      names = "--images",
      paramLabel = "FILE",
      description = "The repository's images: aws ecr describe-images output.")
  Path images;

  @Option(
      names = "--repository",
      paramLabel = "NAME",
      description = "Read the images, index manifests and policy of this repository from ECR.")
  String repository;

  @Option(
      names = "--save-snapshot",
      paramLabel = "DIR",
      description = "With --repository: save what was read from ECR in DIR.")
  Path saveSnapshot;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description = "Read a snapshot saved with --save-snapshot instead of asking ECR.")
  Path snapshot;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant when = evaluationTime();
    Inputs inputs = inputs();

    LifecyclePolicy chosen = readPolicy(inputs.policy());
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

    List<Image> repositoryImages = readImages(inputs, err);
    LifecyclePreview preview = LifecycleEvaluator.evaluate(rules, repositoryImages, when);
    out.print(
        format == Format.json
            ? new PreviewJsonRenderer().render(preview)
            : new PreviewTableRenderer().render(preview));
    out.flush();
    return ExitCodes.OK;
  }

  /** The texts to preview: the policy, the images and the index manifests, wherever they are. */
  private record Inputs(
      InputFiles.Read policy, InputFiles.Read images, InputFiles.Read manifests) {}

  private Inputs inputs() {
    int sources =
        (images != null ? 1 : 0) + (repository != null ? 1 : 0) + (snapshot != null ? 1 : 0);
    if (sources != 1) {
      throw new UserFacingException(
          "give exactly one of --images FILE, --repository NAME or --snapshot DIR",
          ExitCodes.USAGE);
    }
    if (saveSnapshot != null && repository == null) {
      throw new UserFacingException("--save-snapshot needs --repository", ExitCodes.USAGE);
    }
    if (images != null) {
      return fromFiles();
    }
    return snapshot != null ? fromSnapshot() : fromEcr();
  }

  private Inputs fromFiles() {
    if (policy == null) {
      throw new UserFacingException("--images needs --policy FILE", ExitCodes.USAGE);
    }
    return new Inputs(read(policy), read(images), read(manifests));
  }

  /** A saved snapshot: its own policy unless --policy names another. */
  private Inputs fromSnapshot() {
    Path policyFile =
        policy != null ? policy : snapshot.resolve(RepositorySnapshot.LIFECYCLE_POLICY);
    if (policy == null && !Files.isRegularFile(policyFile)) {
      throw new UserFacingException(
          snapshot
              + " holds no "
              + RepositorySnapshot.LIFECYCLE_POLICY
              + ": the repository had no lifecycle policy; pass --policy FILE",
          ExitCodes.USAGE);
    }
    Path manifestFile = snapshot.resolve(RepositorySnapshot.INDEX_MANIFESTS);
    return new Inputs(
        read(policyFile),
        read(snapshot.resolve(RepositorySnapshot.DESCRIBE_IMAGES)),
        Files.isRegularFile(manifestFile) ? read(manifestFile) : read(manifests));
  }

  /** The repository as ECR has it now, saved first when asked, so a bug report is a folder. */
  private Inputs fromEcr() {
    RepositorySnapshot live =
        EcrLive.collect(repository, aws.settings(spec.commandLine().getErr()));
    if (saveSnapshot != null) {
      try {
        live.writeTo(saveSnapshot);
      } catch (IOException e) {
        throw new UserFacingException(
            "cannot save the snapshot in " + saveSnapshot + ": " + e.getMessage(),
            ExitCodes.USAGE,
            e);
      }
    }
    String source = "ecr:" + repository + "/";
    InputFiles.Read livePolicy;
    if (policy != null) {
      livePolicy = read(policy);
    } else if (live.lifecyclePolicy().isPresent()) {
      livePolicy =
          new InputFiles.Read(source + "lifecycle-policy", live.lifecyclePolicy().get(), null);
    } else {
      throw new UserFacingException(
          "repository "
              + repository
              + " has no lifecycle policy; pass --policy FILE to preview one",
          ExitCodes.USAGE);
    }
    return new Inputs(
        livePolicy,
        new InputFiles.Read(source + "describe-images", live.describeImages(), null),
        live.indexManifests()
            .map(m -> new InputFiles.Read(source + "batch-get-image", m, null))
            .orElse(read(manifests)));
  }

  private static InputFiles.Read read(Path file) {
    return file == null ? null : InputFiles.read(file);
  }

  private Instant evaluationTime() {
    if (at == null) {
      return Instant.now();
    }
    String text = at.strip();
    try {
      // The forms the AWS CLI prints: ISO 8601 with an offset (v2), epoch seconds (v1); and a
      // bare date, read as its midnight in UTC.
      if (text.matches("\\d+(\\.\\d+)?")) {
        return Instant.ofEpochMilli(new java.math.BigDecimal(text).movePointRight(3).longValue());
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new UserFacingException(
          "--at "
              + at
              + " is not a time berth reads; write 2026-12-04T00:00:00Z, 2026-12-04 or epoch"
              + " seconds",
          ExitCodes.USAGE);
    }
  }

  private LifecyclePolicy readPolicy(InputFiles.Read read) {
    PrintWriter err = spec.commandLine().getErr();
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
      // Named as the policy, a file that does not parse is an error even if nothing says it
      // was meant as one (berth check skips such files).
      syntaxError(read)
          .ifPresent(
              error -> {
                throw failed(List.of(error), err);
              });
      throw new UserFacingException(
          read.name()
              + " holds no lifecycle policy"
              + (resource == null ? "" : " of a resource named " + resource)
              + "; expected {\"rules\": [...]}, an AWS::ECR::Repository with"
              + " LifecyclePolicyText, or an aws_ecr_lifecycle_policy in a plan",
          ExitCodes.USAGE);
    }
    throw new UserFacingException(
        read.name()
            + " holds "
            + found.size()
            + " lifecycle policies ("
            + String.join(", ", found.stream().map(LifecyclePolicy::origin).toList())
            + "); choose one with --resource",
        ExitCodes.USAGE);
  }

  private static java.util.Optional<InputError> syntaxError(InputFiles.Read read) {
    String name = read.name().toLowerCase(java.util.Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    try {
      if (yaml) {
        dev.berth.source.YamlSourceReader.read(read.name(), read.text());
      } else {
        dev.berth.source.JsonSourceReader.read(read.name(), read.text());
      }
      return java.util.Optional.empty();
    } catch (dev.berth.source.SourceSyntaxException e) {
      return java.util.Optional.of(InputError.at(e.position(), e.reason()));
    }
  }

  private static List<Finding> validate(LifecyclePolicy chosen) {
    Workload workload = Workload.of(List.of(), List.of(chosen));
    return new Checker(RuleRegistry.withPrefix("ECR")).check(workload);
  }

  private List<Image> readImages(Inputs inputs, PrintWriter err) {
    InputFiles.Read read = inputs.images();
    if (read.error() != null) {
      throw failed(List.of(read.error()), err);
    }
    ImageDetailsReader details = ImageDetailsReader.read(read.name(), read.text());
    if (!details.errors().isEmpty()) {
      throw failed(details.errors(), err);
    }
    List<Image> found = details.images();
    if (inputs.manifests() != null) {
      InputFiles.Read manifestText = inputs.manifests();
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
