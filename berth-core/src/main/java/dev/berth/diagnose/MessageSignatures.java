package dev.berth.diagnose;

import static dev.berth.diagnose.Causes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages ECS, the agent, Elastic Load Balancing and the AWS CLI print, as signatures. The
 * weights rank causes when one message fits several: a phrase that names one failure outweighs a
 * generic prefix such as CannotPullContainerError that many causes share.
 */
final class MessageSignatures {

  /** Text that shows AWS or the registry answered: a refusal is not a network failure. */
  /** Stop reasons of a stop ECS itself requested, which a 137 then merely completes. */
  private static final Pattern ECS_REQUESTED_STOP =
      Pattern.compile(
          "Task failed (?:ELB|container) health checks|Scaling activity initiated|Spot Task was"
              + " interrupted|Task stopped by user|stopped by user",
          Pattern.CASE_INSENSITIVE);

  private static final String AWS_ANSWERED =
      "AccessDenied|not authorized|\\b403\\b|Forbidden|\\b401\\b|Unauthorized|Too Many Requests"
          + "|toomanyrequests";

  private static final Pattern EXIT_CODE =
      Pattern.compile(
          "(?:exit\\s*code|exitCode\"?)\\s*[:=]?\\s*\"?(\\d{1,3})\\b|non-zero exit \\((\\d{1,3})\\)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PULLED_REFERENCE =
      Pattern.compile(
          "(?:manifest for|failed to resolve ref|pull access denied for|reference)\\s+"
              + "\"?([A-Za-z0-9][^\\s\":,]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DEPLOYMENT_ARN = Pattern.compile("\"serviceDeploymentArn\"");

  private static final List<Signature> ALL = build();

  private MessageSignatures() {}

  static List<Signature> all() {
    return ALL;
  }

  private static List<Signature> build() {
    List<Signature> s = new ArrayList<>();

    // Image pulls and registry authentication.
    s.add(Signature.of(PULL001, 30, "i/o timeout", "the connection never completed"));
    s.add(
        Signature.of(
            PULL001,
            30,
            "check your task network configuration",
            "the agent itself says the network path is at fault"));
    s.add(
        Signature.of(
            PULL001,
            25,
            "context deadline exceeded|request canceled(?: while waiting for connection)?"
                + "|Client\\.Timeout exceeded|connection timed out|no route to host",
            "the request to the registry timed out"));
    s.add(
        Signature.of(
            PULL001,
            20,
            "send request failed",
            "the request to AWS could not be sent: no route, no DNS or blocked egress"));
    s.add(
        Signature.of(
            PULL001,
            15,
            "unable to retrieve ecr registry auth",
            "the ECR auth token could not be fetched, before any image was pulled"));
    s.add(
        Signature.of(
            PULL002,
            10,
            "unable to retrieve ecr registry auth",
            "fetching the ECR auth token also fails when the execution role lacks"
                + " ecr:GetAuthorizationToken"));
    s.add(
        Signature.of(
                PULL001,
                10,
                "service call has been retried \\d+ time\\(s\\)",
                "retried calls without an access-denied answer point to the network")
            .unless(AWS_ANSWERED));
    s.add(
        Signature.of(PULL001, 5, "CannotPullContainerError", "the image was not pulled")
            .unless(AWS_ANSWERED));
    s.add(Signature.of(PULL003, 5, "CannotPullContainerError", "the image was not pulled"));
    s.add(Signature.of(PULL002, 4, "CannotPullContainerError", "the image was not pulled"));
    s.add(
        Signature.of(
            PULL002,
            60,
            "not authorized to perform:? ecr:[A-Za-z]+",
            "IAM denied the ECR call to the execution role"));
    s.add(
        Signature.of(
            PULL002, 30, "no basic auth credentials", "the pull carried no ECR credentials"));
    s.add(Signature.of(PULL002, 15, "403 Forbidden", "the registry refused the credentials"));
    s.add(
        Signature.of(
            PULL003,
            40,
            "manifest unknown|(?:failed to resolve ref|manifest for)\\s+\\S+.{0,200}?not found",
            "the registry has no such tag or digest"));
    s.add(
        Signature.of(
            PULL003,
            30,
            "repository does not exist|name unknown|RepositoryNotFoundException",
            "the registry has no such repository"));
    s.add(
        Signature.of(
            PULL003,
            15,
            "pull access denied",
            "Docker answers this for a repository that does not exist as well as for one that"
                + " needs credentials"));
    s.add(MessageSignatures::dockerHubShortName);
    s.add(
        Signature.of(
            PULL005,
            60,
            "toomanyrequests|pull rate limit",
            "Docker Hub's anonymous pull rate limit was reached"));
    s.add(
        Signature.of(
            PULL005,
            50,
            "unexpected status code\\s+https?://registry-1\\.docker\\.io"
                + "|registry-1\\.docker\\.io\\S*.{0,80}unexpected status code",
            "Docker Hub refused the request (its rate limit answers with 429)"));
    s.add(
        Signature.of(
            PULL005, 10, "registry-1\\.docker\\.io", "the image is pulled from Docker Hub"));
    s.add(
        Signature.of(
            PULL006,
            60,
            "exec format error",
            "the binary is for another CPU architecture than the task's"));
    s.add(
        Signature.of(
            PULL006,
            50,
            "no matching manifest for|image platform .{0,40}does not match",
            "the image has no variant for the task's platform"));
    s.add(
        Signature.of(
            PULL006,
            40,
            "no match for platform in manifest",
            "the image has no variant for the task's CPU architecture or operating system"));
    s.add(
        Signature.of(
            PULL005,
            40,
            "429 Too Many Requests|too many requests",
            "the registry's rate limit refused the pull: the network path works"));
    s.add(
        Signature.of(
            PULL007,
            40,
            "(?:unable to get|failed to (?:get|retrieve)) registry auth from asm",
            "the private-registry credentials (repositoryCredentials) come from Secrets Manager"));
    s.add(
        Signature.of(
                PULL007,
                10,
                "service call has been retried \\d+ time\\(s\\)",
                "retried calls without an access-denied answer point to the network path to"
                    + " Secrets Manager")
            .unless(AWS_ANSWERED));

    // Secrets and parameters.
    s.add(
        Signature.of(
                SECRET001,
                30,
                "unable to retrieve secrets? from (?:asm|ssm)|failed to fetch secret",
                "the agent could not fetch a secret for the task")
            .unless(AWS_ANSWERED));
    s.add(
        Signature.of(
                SECRET001,
                10,
                "service call has been retried \\d+ time\\(s\\)",
                "retried calls without an access-denied answer point to the network")
            .unless(AWS_ANSWERED));
    s.add(
        Signature.of(
            SECRET001,
            10,
            "unable to retrieve secrets from ssm.{0,200}(?:timeout|deadline|canceled)",
            "the call to Parameter Store timed out"));
    s.add(
        Signature.of(
            SECRET002,
            15,
            "unable to retrieve secrets? from (?:asm|ssm)",
            "the same failure appears when the execution role may not read the secret"));
    s.add(
        Signature.of(
            SECRET002,
            60,
            "(?:AccessDenied\\w*|not authorized to perform).{0,200}?"
                + "(?:secretsmanager:GetSecretValue|ssm:GetParameters?|kms:Decrypt)"
                + "|(?:secretsmanager:GetSecretValue|ssm:GetParameters?|kms:Decrypt).{0,200}?"
                + "(?:AccessDenied|not authorized)",
            "IAM denied the secret's read or decrypt to the execution role"));
    s.add(
        Signature.of(
            SECRET002,
            10,
            "unable to pull secrets or registry auth",
            "secrets and registry auth are fetched with the execution role"));
    s.add(
        Signature.of(
            PULL001,
            4,
            "unable to pull secrets or registry auth",
            "secrets and registry auth are fetched over the task's network"));
    s.add(
        Signature.of(
            SECRET003,
            60,
            "did not contain json key|ResourceNotFoundException.{0,120}(?:secret|Secrets Manager)"
                + "|ParameterNotFound|\\bInvalidParameters\\b"
                + "|secret.{0,200}InvalidParameterException|InvalidParameterException.{0,200}secret"
                + "|invalid (?:secret|parameter) (?:arn|name)|can't find the specified secret",
            "the secret, parameter or JSON key named in valueFrom does not exist"));

    // Memory and exit codes.
    s.add(
        Signature.of(
            OOM001,
            60,
            "OutOfMemoryError|OOMKilled|oom-kill",
            "the kernel or the runtime ran out of memory"));
    s.add(
        Signature.of(
            OOM001,
            30,
            "killed due to memory usage",
            "ECS reports the container was killed for its memory use"));
    s.add(MessageSignatures::exitCodes);
    s.add(
        Signature.of(
                EXIT001,
                20,
                "Essential container in task exited",
                "the task stopped because an essential container stopped; its exit code and reason"
                    + " say why")
            // Exit code 0 is a container that finished, not an application error; after a stop
            // ECS asked for, the container exiting is the stop, not the application's fault.
            .unless("exit ?code:? ?0\\b")
            .unless(ECS_REQUESTED_STOP.pattern()));
    s.add(
        Signature.of(
            EXIT002,
            50,
            "executable file not found|exec: \"[^\"]*\": (?:stat \\S+: )?no such file"
                + "|permission denied: unknown|command not found",
            "the entryPoint/command names a file the image does not have or cannot execute"));
    s.add(
        Signature.of(
            EXIT003, 50, "segmentation fault|SIGSEGV", "the process crashed in native code"));

    // Load balancer health checks.
    s.add(
        Signature.of(
            ELB002,
            50,
            "Target\\.ResponseCodeMismatch|Health checks failed with these codes",
            "the health check got an answer, but not the expected status code"));
    s.add(
        Signature.of(
            ELB003,
            50,
            "Target\\.Timeout|Request timed out",
            "the health check got no answer in time"));
    s.add(
        Signature.of(
            ELB004,
            25,
            "Target\\.Timeout|Request timed out",
            "a security group that drops the load balancer's packets also looks like a timeout"));
    s.add(
        Signature.of(
            ELB004,
            35,
            "Target\\.FailedHealthChecks",
            "the health check connection failed: blocked by a security group or nothing"
                + " listening"));
    s.add(
        Signature.of(
            ELB002,
            15,
            "is unhealthy in \\((?:target-group|elb)|failed (?:ELB|the load balancer) health"
                + " checks|UnhealthyThreshold",
            "the load balancer's health checks fail for the service's tasks"));
    s.add(
        Signature.of(
            ELB001,
            12,
            "is unhealthy in \\((?:target-group|elb)|failed (?:ELB|the load balancer) health"
                + " checks|UnhealthyThreshold",
            "tasks that start slowly fail health checks unless a grace period covers the start"));
    s.add(
        Signature.of(
            ELB003,
            10,
            "is unhealthy in \\((?:target-group|elb)|failed (?:ELB|the load balancer) health"
                + " checks|UnhealthyThreshold",
            "the health check may be timing out"));
    s.add(
        Signature.of(
            ELB004,
            8,
            "is unhealthy in \\((?:target-group|elb)|failed (?:ELB|the load balancer) health"
                + " checks|UnhealthyThreshold",
            "the task security group may not admit the load balancer"));
    s.add(
        Signature.of(
            ELB005,
            60,
            "\\b502\\b|Bad Gateway",
            "the load balancer got no valid answer from the target"));

    // Placement and capacity.
    s.add(
        Signature.of(
            PLACE001,
            80,
            "No Container Instances were found in your (?:cluster|capacity provider)",
            "there is no EC2 capacity to place the task on"));
    s.add(
        Signature.of(
            PLACE002,
            70,
            "insufficient (?:CPU units|memory) available|RESOURCE:(?:CPU|MEMORY)"
                + "|Not enough (?:memory|CPU)",
            "no instance has the CPU or memory the task asks for"));
    s.add(
        Signature.of(
            PLACE003,
            80,
            "already using a port required by your task|RESOURCE:PORTS"
                + "|Not enough ports|Too many ports registered",
            "the host port the task maps is taken"));
    s.add(
        Signature.of(
            PLACE004,
            80,
            "missing an attribute required by your task",
            "the task needs a capability no instance registered"));
    s.add(
        Signature.of(
            PLACE005,
            60,
            "placement constraint|distinctInstance|MemberOf",
            "a placement constraint excludes every instance"));
    s.add(
        Signature.of(
            PLACE006,
            80,
            "encountered error \"?AGENT\"?|TaskFailedToStart: AGENT|agent (?:is )?disconnected",
            "the ECS agent on the instance is not connected"));
    s.add(
        Signature.of(
            PLACE007,
            70,
            "ENI attachment points|RESOURCE:ENI",
            "no instance has a free network interface for an awsvpc task"));
    s.add(
        Signature.of(
            PLACE008,
            80,
            "unable to place a task\\. Reason: Internal error",
            "AWS documents this for a subnet in an Availability Zone Fargate does not support"));
    for (Cause placement : List.of(PLACE002, PLACE001, PLACE003, PLACE004, PLACE005)) {
      s.add(
          Signature.of(
              placement,
              placement == PLACE002 ? 5 : 3,
              "no container instance met all of its requirements",
              "ECS found no instance that fits the task"));
    }
    s.add(
        Signature.of(
            QUOTA001,
            80,
            "reached the limit on the number of (?:tasks|vCPUs)|configuration is above your"
                + " limit",
            "an account quota was reached"));
    s.add(
        Signature.of(
            CAP001,
            80,
            "Capacity is unavailable at this time",
            "Fargate had no capacity for this task size in the zone"));
    s.add(
        Signature.of(
            CAP002,
            80,
            "SpotInterruption|Spot Task was interrupted",
            "Fargate Spot reclaimed the capacity"));

    // Deployments and the service scheduler.
    s.add(
        Signature.of(
            DEPLOY001,
            60,
            "circuit breaker: tasks failed to start|rolling back to deployment|rolled back"
                + "|deployment failed: tasks failed to start",
            "the circuit breaker failed the deployment"));
    s.add(
        Signature.of(
            DEPLOY002,
            60,
            "\"deploymentCircuitBreaker\"\\s*:\\s*\\{\\s*\"enable\"\\s*:\\s*false",
            "the circuit breaker is off, so a failing deployment never fails"));
    s.add(
        Signature.of(
            DEPLOY002,
            50,
            "\"rollback\"\\s*:\\s*false",
            "the circuit breaker does not roll back a failed deployment"));
    s.add(
        Signature.of(
            DEPLOY003,
            50,
            "Target\\.DeregistrationInProgress|deregistration_delay|deregistration delay",
            "old targets wait for the deregistration delay before they stop"));
    s.add(MessageSignatures::supersededDeployment);
    s.add(
        Signature.of(
            DEPLOY005,
            80,
            "unable to stop or start tasks during a deployment because of the service"
                + " deployment configuration",
            "minimumHealthyPercent/maximumPercent leave no room to replace a task"));
    s.add(
        Signature.of(
            SVC001,
            80,
            "unable to consistently start tasks successfully",
            "tasks keep failing to start, so the scheduler backs off"));
    s.add(
        Signature.of(
            SVC002,
            80,
            "operations are being throttled",
            "the scheduler is throttled by ECS API limits"));
    s.add(
        Signature.of(
            SVC002, 30, "ThrottlingException|Rate exceeded", "an AWS API call was throttled"));
    s.add(
        Signature.of(
            SVC003, 80, "has reached a steady state", "the service runs its desired count"));

    // ECS Exec.
    s.add(
        Signature.of(
            EXEC001,
            60,
            "execute command was not enabled|ExecuteCommand.{0,40}not enabled",
            "the task was started without enableExecuteCommand"));
    s.add(
        Signature.of(
            EXEC004,
            40,
            "execute command agent isn.t running",
            "the ECS Exec agent in the task is not running"));
    s.add(
        Signature.of(
            EXEC004,
            30,
            "TargetNotConnectedException",
            "the agent in the task has not connected (it needs 30 to 60 s after start)"));
    s.add(
        Signature.of(
            EXEC003,
            28,
            "TargetNotConnectedException",
            "the agent cannot reach ssmmessages without a NAT or endpoint"));
    s.add(
        Signature.of(
            EXEC002,
            26,
            "TargetNotConnectedException",
            "the agent connects with the task role's ssmmessages permissions"));
    s.add(
        Signature.of(
            EXEC002,
            60,
            "ssmmessages:\\w+.{0,200}?(?:AccessDenied|not authorized)"
                + "|(?:AccessDenied|not authorized).{0,200}?ssmmessages:",
            "IAM denied ssmmessages to the task role"));

    // The container's own health check.
    s.add(
        Signature.of(
            HEALTH001,
            70,
            "failed container health checks",
            "ECS stopped the task because an essential container's healthCheck kept failing"));

    // Logging.
    s.add(
        Signature.of(
            LOG001,
            40,
            "failed to validate logger args|failed to create Cloudwatch log stream",
            "the awslogs driver could not set up the container's log stream"));
    s.add(
        Signature.of(
            LOG001,
            60,
            "log group does not exist|cannot find the Amazon CloudWatch log group"
                + "|not authorized to perform:? logs:\\w+",
            "the log group is missing, or IAM refused the logs call to the execution role"));

    // Tools around ECS.
    s.add(
        Signature.of(
            TASKDEF001,
            80,
            "Unexpected key '[^']+' found in params",
            "the registering tool rejects a key in the task definition file"));
    s.add(
        Signature.of(
            ECR001,
            80,
            "Lifecycle policy validation failure|'LifecyclePolicyText' failed to satisfy",
            "ECR's schema rejected the lifecycle policy"));
    s.add(
        Signature.of(
            WAIT001,
            80,
            "Waiter TasksRunning failed|tasks\\[\\]\\.lastStatus.{0,60}STOPPED",
            "a task stopped; the waiter does not print why"));
    s.add(
        Signature.of(
            PLAT001,
            30,
            "\"platformVersion\"\\s*:\\s*\"1\\.3\\.0\"|platform version 1\\.3\\.0",
            "Fargate platform version 1.3.0 was retired in June 2026"));
    return List.copyOf(s);
  }

  /** Exit codes carry their meaning by class: 128 + N is "killed by signal N". */
  private static List<Clue> exitCodes(String text) {
    List<Clue> clues = new ArrayList<>();
    Matcher matcher = EXIT_CODE.matcher(text);
    while (matcher.find()) {
      String code = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      String seen = Messages.quote(matcher.group());
      switch (code) {
        case "137" -> {
          // After a stop ECS asked for (health checks, scaling, Spot, a user), 137 is the kill
          // that ends it, and the reason for the stop is the cause.
          boolean requested = ECS_REQUESTED_STOP.matcher(text).find();
          clues.add(
              new Clue(
                  OOM001,
                  requested ? 5 : 40,
                  seen + ": 137 is SIGKILL, most often the OOM killer"));
          clues.add(
              new Clue(EXIT004, 10, seen + ": 137 also follows a stop that outlived stopTimeout"));
        }
        case "126", "127" ->
            clues.add(
                new Clue(
                    EXIT002,
                    50,
                    seen + ": " + code + " means the command was not found or not executable"));
        case "139" -> clues.add(new Clue(EXIT003, 50, seen + ": 139 is SIGSEGV"));
        case "143" -> clues.add(new Clue(EXIT004, 50, seen + ": 143 is SIGTERM, the stop signal"));
        case "0" -> {}
        default ->
            clues.add(
                new Clue(EXIT001, 40, seen + ": the application exited with an error status"));
      }
    }
    return clues;
  }

  /** "manifest for nginx:abc not found": a reference without a registry host is Docker Hub's. */
  private static List<Clue> dockerHubShortName(String text) {
    Matcher matcher = PULLED_REFERENCE.matcher(text);
    while (matcher.find()) {
      String reference = matcher.group(1);
      if (ImageReference.hasNoRegistry(reference)) {
        return List.of(
            new Clue(
                PULL004,
                50,
                Messages.quote(reference)
                    + ": no registry host, so it was looked up on Docker Hub (docker.io/library/"
                    + ImageReference.repository(reference)
                    + ")"));
      }
    }
    if (text.contains("docker.io/library/")) {
      return List.of(
          new Clue(
              PULL004, 30, "\"docker.io/library/\": a short image name resolved on Docker Hub"));
    }
    return List.of();
  }

  /** list-service-deployments output with a newer deployment beside one that finished. */
  private static List<Clue> supersededDeployment(String text) {
    long deployments = DEPLOYMENT_ARN.matcher(text).results().count();
    boolean inProgress = text.contains("\"IN_PROGRESS\"");
    boolean ended =
        text.contains("\"STOPPED\"") || text.contains("\"finishedAt\"") || text.contains("STOPPED");
    if (deployments >= 2 && inProgress && ended) {
      return List.of(
          new Clue(
              DEPLOY004,
              60,
              deployments
                  + " service deployments, one IN_PROGRESS beside one that ended: the newer"
                  + " deployment replaced the older"));
    }
    if (text.contains("Service deployment failed STOPPED")) {
      return List.of(
          new Clue(
              DEPLOY004,
              40,
              "\"Service deployment failed STOPPED\": a deployment stops when a newer one"
                  + " replaces it"));
    }
    return List.of();
  }
}
