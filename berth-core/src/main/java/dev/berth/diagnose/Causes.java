package dev.berth.diagnose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of causes berth can explain and diagnose; each has a page in docs/causes. */
public final class Causes {

  private static final String ECS = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/";
  private static final String ALB =
      "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/";

  public static final Cause PULL001 =
      new Cause(
          "PULL001",
          "No network path from the task to the image registry",
          "A pull or registry-auth failure that timed out or could not connect; proven by the"
              + " task's subnet route table, its public IP setting, the VPC endpoints and the"
              + " security group egress rules.",
          List.of(
              "In a public subnet (default route to an internet gateway) set assignPublicIp to"
                  + " ENABLED in the service's awsvpcConfiguration.",
              "In a private subnet route 0.0.0.0/0 to a NAT gateway, or add the VPC endpoints"
                  + " com.amazonaws.REGION.ecr.api and ecr.dkr (interface), s3 (gateway, on the"
                  + " subnet's route table) and logs (interface).",
              "Allow outbound HTTPS (TCP 443) in the task's security groups, and inbound 443 from"
                  + " the tasks on the endpoints' security groups."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL002 =
      new Cause(
          "PULL002",
          "The task execution role cannot pull from Amazon ECR",
          "An access-denied pull failure naming an ecr: action, or an execution role whose"
              + " policies (get-account-authorization-details) grant none of"
              + " ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer.",
          List.of(
              "Set executionRoleArn on the task definition (the agent pulls with the execution"
                  + " role, never the task role).",
              "Attach AmazonECSTaskExecutionRolePolicy, or allow ecr:GetAuthorizationToken on"
                  + " Resource \"*\" and ecr:BatchGetImage, ecr:GetDownloadUrlForLayer on the"
                  + " repository.",
              "For a repository in another account, allow the role in the repository policy."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL003 =
      new Cause(
          "PULL003",
          "The image, tag or digest does not exist in the repository",
          "A pull failure saying the manifest, reference or repository was not found.",
          List.of(
              "List what exists: aws ecr describe-images --repository-name REPO"
                  + " --image-ids imageTag=TAG.",
              "Check that each container uses its own repository's tag (a sidecar often"
                  + " inherits the main image's tag by mistake).",
              "Push the image before registering the task definition that names it, or pin"
                  + " the digest that was pushed."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL004 =
      new Cause(
          "PULL004",
          "The image name has no registry, so it is looked up on Docker Hub",
          "A not-found pull failure for an image reference without a registry host (no '.' or"
              + " ':' before the first '/').",
          List.of(
              "Use the full ECR reference: ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO:TAG.",
              "Check the step that renders the task definition (CI, CodeDeploy placeholders)"
                  + " writes the registry prefix."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL005 =
      new Cause(
          "PULL005",
          "The registry rate-limited or refused the pull (Docker Hub most often)",
          "A pull failure from registry-1.docker.io with toomanyrequests, a rate-limit message"
              + " or an unexpected HTTP status.",
          List.of(
              "Pull AWS images from Amazon ECR Public (public.ecr.aws/...) instead of Docker Hub.",
              "Copy third-party images into your own ECR repository, or use an ECR pull-through"
                  + " cache rule for Docker Hub.",
              "If Docker Hub must be used, authenticate with repositoryCredentials."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL006 =
      new Cause(
          "PULL006",
          "The image was built for another CPU architecture",
          "'exec format error', or no matching manifest for the task's platform.",
          List.of(
              "Build the image for the task's architecture (docker buildx build --platform"
                  + " linux/amd64 or linux/arm64), or push a multi-architecture manifest list.",
              "Match runtimePlatform.cpuArchitecture in the task definition to the image."),
          ECS + "task_cannot_pull_image.html");

  public static final Cause PULL007 =
      new Cause(
          "PULL007",
          "Private registry credentials cannot be read from Secrets Manager",
          "'unable to get registry auth from asm' for a container with repositoryCredentials;"
              + " the network path and the execution role decide which part failed.",
          List.of(
              "Give the task a path to Secrets Manager: a public IP in a public subnet, a NAT"
                  + " gateway, or the com.amazonaws.REGION.secretsmanager interface endpoint.",
              "Allow secretsmanager:GetSecretValue on the credentials secret to the execution"
                  + " role, and kms:Decrypt when the secret uses a customer managed key.",
              "Keep the secret as JSON with the keys \"username\" and \"password\"."),
          ECS + "private-auth.html");

  public static final Cause SECRET001 =
      new Cause(
          "SECRET001",
          "No network path from the task to Secrets Manager or Parameter Store",
          "A ResourceInitializationError fetching secrets that was retried or timed out; proven"
              + " by the subnet route table, the public IP setting, the secretsmanager/ssm VPC"
              + " endpoints and the security group egress.",
          List.of(
              "Route the task's subnet through a NAT gateway, or give it a public IP in a public"
                  + " subnet.",
              "Without internet access add the interface endpoints"
                  + " com.amazonaws.REGION.secretsmanager and/or ssm (and kms for customer keys).",
              "Allow outbound TCP 443 in the task's security groups."),
          ECS + "resource-initialization-error.html");

  public static final Cause SECRET002 =
      new Cause(
          "SECRET002",
          "The task execution role cannot read the secret or parameter",
          "An access-denied message naming secretsmanager:GetSecretValue, ssm:GetParameters or"
              + " kms:Decrypt, or an execution role whose policies grant none of them.",
          List.of(
              "Allow secretsmanager:GetSecretValue (Secrets Manager) or ssm:GetParameters"
                  + " (Parameter Store) on the referenced ARNs to the execution role.",
              "Allow kms:Decrypt on the customer managed key that encrypts the secret.",
              "Put the permission on executionRoleArn, not taskRoleArn."),
          ECS + "secrets-envvar-secrets-manager.html");

  public static final Cause SECRET003 =
      new Cause(
          "SECRET003",
          "A secret reference is malformed or names a missing key",
          "A not-found or invalid-parameter message for a secret/parameter, or a JSON key the"
              + " secret does not contain.",
          List.of(
              "Use the full ARN; for one JSON key:"
                  + " arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-XXXXXX:KEY:: (the two"
                  + " trailing colons are required).",
              "Check the key exists: aws secretsmanager get-secret-value --secret-id ARN.",
              "Parameter Store: the parameter must exist in the task's region (or use its ARN)."),
          ECS + "secrets-envvar-secrets-manager.html");

  public static final Cause OOM001 =
      new Cause(
          "OOM001",
          "A container ran out of memory and was killed",
          "A container reason with OutOfMemoryError (whatever the exit code), or exit code 137.",
          List.of(
              "Raise the container's memory hard limit, up to the task's memory, or raise the"
                  + " task size.",
              "Find the peak with Container Insights (MemoryUtilized) before choosing the size.",
              "For a JVM, size the heap from the container limit: -XX:MaxRAMPercentage=75 in"
                  + " JAVA_TOOL_OPTIONS, rather than a fixed -Xmx larger than the limit."),
          ECS + "out-of-memory.html");

  public static final Cause EXIT001 =
      new Cause(
          "EXIT001",
          "The essential container exited with an application error",
          "An essential container that stopped with exit code 1 (or another code the"
              + " application chose).",
          List.of(
              "Read the container's last log lines (awslogs group/stream in the task"
                  + " definition): the error is the application's own.",
              "Run the image locally with the task definition's environment and command.",
              "Check configuration the app needs at start: environment, secrets, reachable"
                  + " databases."),
          ECS + "stopped-task-error-codes.html");

  public static final Cause EXIT002 =
      new Cause(
          "EXIT002",
          "The container's command was not found or is not executable",
          "Exit code 127 (not found) or 126 (not executable), or 'executable file not found'.",
          List.of(
              "Check entryPoint and command in the task definition against the image's files"
                  + " (docker run --entrypoint sh IMAGE -c 'ls -l PATH').",
              "Make scripts executable (chmod +x) and give them a valid shebang and Unix line"
                  + " endings."),
          ECS + "cannot-start-container.html");

  public static final Cause EXIT003 =
      new Cause(
          "EXIT003",
          "The container crashed with a segmentation fault",
          "Exit code 139 (SIGSEGV).",
          List.of(
              "Check the image's native libraries match the task's CPU architecture and libc.",
              "Reproduce locally with the same image and memory limit; read the core dump."),
          ECS + "stopped-task-error-codes.html");

  public static final Cause EXIT004 =
      new Cause(
          "EXIT004",
          "The container was ended by SIGTERM without shutting down cleanly",
          "Exit code 143 (SIGTERM), or 137 after a stop that ECS requested.",
          List.of(
              "Handle SIGTERM in the process (PID 1): finish in-flight work and exit within"
                  + " stopTimeout (default 30 s, at most 120 s on Fargate).",
              "Use exec form in CMD/ENTRYPOINT or an init (initProcessEnabled) so the signal"
                  + " reaches the application.",
              "Find why ECS stopped the task (scale-in, deployment, failed health check)."),
          ECS + "stopped-task-error-codes.html");

  public static final Cause ELB001 =
      new Cause(
          "ELB001",
          "The health check grace period is missing or shorter than the start time",
          "A service behind a load balancer with healthCheckGracePeriodSeconds 0 or unset (or"
              + " shorter than the container's startPeriod) whose tasks failed ELB health checks.",
          List.of(
              "Set healthCheckGracePeriodSeconds longer than the slowest start (60 to 120 s for"
                  + " JVM and Spring Boot services).",
              "Make the application answer the health check path as soon as it can serve."),
          ECS + "service_definition_parameters.html");

  public static final Cause ELB002 =
      new Cause(
          "ELB002",
          "The health check gets a non-success answer (wrong path or port)",
          "Target health reason Target.ResponseCodeMismatch or 'Health checks failed with"
              + " these codes'.",
          List.of(
              "Point the target group's HealthCheckPath at a path that answers 200 without"
                  + " authentication or redirects.",
              "Check HealthCheckPort is traffic-port or the container's port.",
              "Or widen the Matcher (e.g. 200-399) if redirects are expected."),
          ALB + "target-group-health-checks.html");

  public static final Cause ELB003 =
      new Cause(
          "ELB003",
          "The health check times out before the container answers",
          "Target health reason Target.Timeout or 'Request timed out'.",
          List.of(
              "Check the container listens on 0.0.0.0 (not 127.0.0.1) on the target group's port.",
              "Raise HealthCheckTimeoutSeconds above the health endpoint's response time, and"
                  + " keep the endpoint cheap.",
              "Check the task security group admits the load balancer (see ELB004)."),
          ALB + "target-group-health-checks.html");

  public static final Cause ELB004 =
      new Cause(
          "ELB004",
          "The task's security group does not admit the load balancer",
          "No inbound rule on any of the task's security groups covering the container port"
              + " from the load balancer's security group or addresses.",
          List.of(
              "Add an inbound rule on the task security group: TCP CONTAINER_PORT from the load"
                  + " balancer's security group.",
              "Check the load balancer's security group allows outbound to the tasks."),
          ALB + "load-balancer-troubleshooting.html");

  public static final Cause ELB005 =
      new Cause(
          "ELB005",
          "The load balancer returns 502 Bad Gateway",
          "A 502 from an Application Load Balancer in front of the service.",
          List.of(
              "1. The container listens on the target group's port (and on 0.0.0.0).",
              "2. The container does not crash before it answers (stopped tasks, exit codes).",
              "3. The task security group admits the load balancer's security group on that"
                  + " port.",
              "4. The health check path answers 200.",
              "5. The health check timeout (and the app's keep-alive timeout, longer than the"
                  + " ALB idle timeout) is longer than the response time."),
          ALB + "load-balancer-troubleshooting.html");

  public static final Cause PLACE001 =
      new Cause(
          "PLACE001",
          "No container instances are registered in the cluster",
          "'No Container Instances were found in your cluster' in a service event.",
          List.of(
              "Check the Auto Scaling group's activity history: instance type availability,"
                  + " vCPU quotas and launch errors.",
              "Check the instances' user data sets ECS_CLUSTER to this cluster and the instance"
                  + " role allows the agent to register.",
              "Or run the service on Fargate, or attach a capacity provider."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE002 =
      new Cause(
          "PLACE002",
          "No container instance has enough free CPU or memory",
          "'insufficient CPU units' / 'insufficient memory' in a placement event, or"
              + " RESOURCE:CPU / RESOURCE:MEMORY.",
          List.of(
              "Lower the task's cpu/memory, or add instances (a capacity provider with managed"
                  + " scaling does this for you).",
              "Compare the task size with the instance type's registered CPU and memory."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE003 =
      new Cause(
          "PLACE003",
          "The host port is already in use, or too many ports are reserved",
          "'already using a port required by your task', RESOURCE:PORTS, or the 100 reserved"
              + " ports limit.",
          List.of(
              "Use dynamic host ports (hostPort 0 in bridge mode) or awsvpc networking.",
              "With a fixed hostPort, run at most one task per instance: add instances or"
                  + " lower the desired count."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE004 =
      new Cause(
          "PLACE004",
          "No container instance has an attribute the task requires",
          "'is missing an attribute required by your task' in a placement event.",
          List.of(
              "Compare the task definition's requiresAttributes with the instances' attributes"
                  + " (aws ecs list-attributes).",
              "Register the log driver in ECS_AVAILABLE_LOGGING_DRIVERS, update the agent, match"
                  + " the CPU architecture.",
              "awsvpc on EC2: an instance must be registered in one of the service's subnets."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE005 =
      new Cause(
          "PLACE005",
          "A placement constraint cannot be satisfied",
          "A placement event or failure naming a placement constraint (memberOf,"
              + " distinctInstance).",
          List.of(
              "Check the constraint expression against the instances' attributes.",
              "distinctInstance needs at least as many instances as tasks."),
          ECS + "api_failures_messages.html");

  public static final Cause PLACE006 =
      new Cause(
          "PLACE006",
          "The ECS agent on the container instance is disconnected",
          "'encountered error \"AGENT\"' in a placement event.",
          List.of(
              "Restart the agent (sudo systemctl restart ecs) and read /var/log/ecs/ecs-agent.log.",
              "Check the instance can reach the ECS endpoints (NAT or the ecs, ecs-agent,"
                  + " ecs-telemetry endpoints)."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE007 =
      new Cause(
          "PLACE007",
          "No container instance has a free network interface for an awsvpc task",
          "'Not enough available ENI attachment points' or RESOURCE:ENI.",
          List.of(
              "Opt in to awsvpcTrunking and launch supported instance types, or use larger"
                  + " instances / more instances.",
              "Or run awsvpc tasks on Fargate."),
          ECS + "service-event-messages.html");

  public static final Cause PLACE008 =
      new Cause(
          "PLACE008",
          "A subnet is in an Availability Zone that Fargate does not support",
          "'unable to place a task. Reason: Internal error.' in a service event.",
          List.of(
              "Check the Availability Zone of each subnet in the service's awsvpcConfiguration"
                  + " (aws ec2 describe-subnets) against the Fargate Regions and zones list.",
              "Remove the subnets in unsupported zones."),
          ECS + "service-event-messages.html");

  public static final Cause QUOTA001 =
      new Cause(
          "QUOTA001",
          "An account quota stops ECS from starting more tasks",
          "'reached the limit on the number of tasks / vCPUs' or 'configuration is above your"
              + " limit'.",
          List.of(
              "Request an increase in Service Quotas (Fargate On-Demand vCPUs, tasks per"
                  + " service).",
              "Or lower the desired count or task size."),
          ECS + "service-event-messages.html");

  public static final Cause CAP001 =
      new Cause(
          "CAP001",
          "Fargate has no capacity for the task right now",
          "'Capacity is unavailable at this time' in a service event or run-task failure.",
          List.of(
              "Retry later; ECS keeps retrying for a service.",
              "Spread the service over subnets in more Availability Zones.",
              "For Fargate Spot keep a base of FARGATE in the capacity provider strategy."),
          ECS + "service-event-messages.html");

  public static final Cause CAP002 =
      new Cause(
          "CAP002",
          "A Fargate Spot task was interrupted",
          "stopCode SpotInterruption or 'Your Spot Task was interrupted'.",
          List.of(
              "Expect it: Fargate Spot gives a two-minute warning (SIGTERM).",
              "Keep a floor of on-demand tasks: a capacity provider strategy with a base on"
                  + " FARGATE.",
              "Handle SIGTERM and finish within stopTimeout."),
          ECS + "fargate-capacity-providers.html");

  public static final Cause DEPLOY001 =
      new Cause(
          "DEPLOY001",
          "The deployment failed and the circuit breaker rolled it back",
          "A deployment with rolloutState FAILED and a circuit breaker reason, or a 'rolling back"
              + " to deployment' event.",
          List.of(
              "The new tasks failed: fix the cause of their stops (see the other causes).",
              "Then deploy again; the service runs the previous revision meanwhile."),
          ECS + "deployment-circuit-breaker.html");

  public static final Cause DEPLOY002 =
      new Cause(
          "DEPLOY002",
          "The deployment cannot fail fast: no circuit breaker, or no rollback",
          "A deployment configuration whose deploymentCircuitBreaker is off or has rollback"
              + " false, with a deployment in progress whose tasks fail.",
          List.of(
              "Set deploymentConfiguration.deploymentCircuitBreaker to {\"enable\": true,"
                  + " \"rollback\": true}.",
              "Without it, a failing deployment keeps replacing tasks for hours; roll back by"
                  + " updating the service to the last good task definition."),
          ECS + "deployment-circuit-breaker.html");

  public static final Cause DEPLOY003 =
      new Cause(
          "DEPLOY003",
          "A long deregistration delay slows the deployment",
          "A target group with deregistration_delay.timeout_seconds well above a minute and"
              + " targets still draining.",
          List.of(
              "Set the target group's deregistration_delay.timeout_seconds to 30-60 s (the"
                  + " default is 300 s), still longer than the longest request."),
          ALB + "edit-target-group-attributes.html#deregistration-delay");

  public static final Cause DEPLOY004 =
      new Cause(
          "DEPLOY004",
          "The deployment was stopped because a newer deployment replaced it",
          "A service deployment STOPPED while a later one for the same service started.",
          List.of(
              "Serialise deployments of one service (one pipeline run at a time).",
              "Wait for the newest deployment; the stopped one is not a task failure."),
          "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeployment.html");

  public static final Cause DEPLOY005 =
      new Cause(
          "DEPLOY005",
          "The deployment configuration allows no task to be stopped or started",
          "'unable to stop or start tasks during a deployment because of the service deployment"
              + " configuration', or minimumHealthyPercent/maximumPercent that round to no room.",
          List.of(
              "Leave room for one task: maximumPercent 200 (start new first) or a"
                  + " minimumHealthyPercent that lets one task stop.",
              "With desiredCount 2, minimumHealthyPercent 75 rounds up to 2 and stops nothing."),
          ECS + "service-event-messages.html");

  public static final Cause SVC001 =
      new Cause(
          "SVC001",
          "The service cannot start tasks successfully and backs off",
          "'is unable to consistently start tasks successfully' in a service event.",
          List.of(
              "Find why the tasks stop: describe-tasks on the stopped tasks (stopCode,"
                  + " stoppedReason, containers[].reason, exitCode), or berth diagnose.",
              "After the fix, update the service; the scheduler resumes normal retries."),
          ECS + "service-throttle-logic.html");

  public static final Cause SVC002 =
      new Cause(
          "SVC002",
          "The service's operations are throttled by the ECS API",
          "'operations are being throttled' in a service event.",
          List.of(
              "Wait; the scheduler retries.",
              "Reduce other callers of the ECS API in the account, or request a rate increase."),
          ECS + "service-event-messages.html");

  public static final Cause SVC003 =
      new Cause(
          "SVC003",
          "The service reached a steady state (not a failure)",
          "'has reached a steady state' in a service event.",
          List.of("Nothing to fix: the service runs its desired count of healthy tasks."),
          ECS + "service-event-messages.html");

  public static final Cause EXEC001 =
      new Cause(
          "EXEC001",
          "ECS Exec is not enabled for the task",
          "enableExecuteCommand false on the task (also when the service enabled it after the"
              + " task started), or 'execute command was not enabled'.",
          List.of(
              "aws ecs update-service --enable-execute-command --force-new-deployment (tasks"
                  + " started before it was enabled never support it).",
              "Fargate needs platform version 1.4.0 or later."),
          ECS + "ecs-exec.html");

  public static final Cause EXEC002 =
      new Cause(
          "EXEC002",
          "The task role lacks the ssmmessages permissions ECS Exec needs",
          "A task role whose policies grant none of ssmmessages:CreateControlChannel,"
              + " CreateDataChannel, OpenControlChannel, OpenDataChannel.",
          List.of(
              "Allow ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and"
                  + " OpenDataChannel on Resource \"*\" to the task role (taskRoleArn, not the"
                  + " execution role)."),
          ECS + "ecs-exec.html");

  public static final Cause EXEC003 =
      new Cause(
          "EXEC003",
          "No network path from the task to Systems Manager (ssmmessages)",
          "TargetNotConnectedException, proven by a subnet with neither internet access nor the"
              + " ssmmessages endpoint.",
          List.of(
              "Route the subnet through a NAT gateway, or add the"
                  + " com.amazonaws.REGION.ssmmessages interface endpoint.",
              "Allow outbound TCP 443 in the task's security groups."),
          ECS + "ecs-exec.html");

  public static final Cause EXEC004 =
      new Cause(
          "EXEC004",
          "The ECS Exec agent is not running in the task",
          "A task whose ExecuteCommandAgent managed agent is not RUNNING.",
          List.of(
              "Wait 30 to 60 s after the task starts, then try again.",
              "readonlyRootFilesystem true stops the agent: turn it off for the container.",
              "Check the task role permissions and the ssmmessages path (EXEC002, EXEC003)."),
          ECS + "ecs-exec.html");

  public static final Cause TASKDEF001 =
      new Cause(
          "TASKDEF001",
          "The task definition file has keys that registration rejects",
          "'Unexpected key ... found in params' from a deploy tool.",
          List.of(
              "Remove the read-only fields that describe-task-definition adds: taskDefinitionArn,"
                  + " revision, status, requiresAttributes, compatibilities, registeredAt,"
                  + " registeredBy, deregisteredAt.",
              "A newer field (runtimePlatform, enableFaultInjection) rejected by an old tool: use"
                  + " a current version of the deploy action or CLI."),
          "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html");

  public static final Cause ECR001 =
      new Cause(
          "ECR001",
          "ECR rejected the lifecycle policy",
          "'Lifecycle policy validation failure' from PutLifecyclePolicy.",
          List.of(
              "Run berth check on the policy: countUnit only with sinceImagePushed, tagStatus"
                  + " tagged needs tagPrefixList or tagPatternList, no null fields.",
              "Preview it first: aws ecr start-lifecycle-policy-preview."),
          "https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html");

  public static final Cause WAIT001 =
      new Cause(
          "WAIT001",
          "A task stopped while the waiter expected it to run",
          "'Waiter TasksRunning failed ... STOPPED'; the waiter does not say why.",
          List.of(
              "Read why: aws ecs describe-tasks --tasks TASK_ARN (stopCode, stoppedReason,"
                  + " containers[].reason and exitCode), then berth explain on the reason.",
              "Or save a snapshot and run berth diagnose --snapshot DIR."),
          ECS + "stopped-task-error-codes.html");

  public static final Cause HEALTH001 =
      new Cause(
          "HEALTH001",
          "The container's own health check fails",
          "'Task failed container health checks', or a container whose healthStatus is"
              + " UNHEALTHY.",
          List.of(
              "Check the healthCheck command runs in the image: curl or wget is often missing"
                  + " from slim and distroless images (docker run --entrypoint sh IMAGE -c 'command"
                  + " -v curl').",
              "Give the container time to start: startPeriod (up to 300 s) covers the boot.",
              "Check the command targets localhost and the port the application listens on, and"
                  + " exits 0 when healthy."),
          ECS + "healthcheck.html");

  public static final Cause LOG001 =
      new Cause(
          "LOG001",
          "The awslogs log driver cannot start: no log group, no path or no permission",
          "'failed to validate logger args', 'log group does not exist', or a denied logs:"
              + " action.",
          List.of(
              "Create the log group named in awslogs-group, or set awslogs-create-group to"
                  + " \"true\" and allow logs:CreateLogGroup to the execution role.",
              "Allow logs:CreateLogStream and logs:PutLogEvents to the execution role"
                  + " (AmazonECSTaskExecutionRolePolicy has them).",
              "Check awslogs-region, and that the task reaches CloudWatch Logs: a NAT gateway, a"
                  + " public IP, or the com.amazonaws.REGION.logs interface endpoint."),
          ECS + "using_awslogs.html");

  public static final Cause PLAT001 =
      new Cause(
          "PLAT001",
          "The service runs on retired Fargate platform version 1.3.0",
          "platformVersion 1.3.0 on the service or task.",
          List.of(
              "Use platformVersion LATEST (1.4.0); it routes image and secret traffic through the"
                  + " task's own network interface, so check the network path (PULL001,"
                  + " SECRET001)."),
          ECS + "platform-fargate.html");

  private static final List<Cause> ALL =
      List.of(
          PULL001,
          PULL002,
          PULL003,
          PULL004,
          PULL005,
          PULL006,
          PULL007,
          SECRET001,
          SECRET002,
          SECRET003,
          OOM001,
          EXIT001,
          EXIT002,
          EXIT003,
          EXIT004,
          HEALTH001,
          LOG001,
          ELB001,
          ELB002,
          ELB003,
          ELB004,
          ELB005,
          PLACE001,
          PLACE002,
          PLACE003,
          PLACE004,
          PLACE005,
          PLACE006,
          PLACE007,
          PLACE008,
          QUOTA001,
          CAP001,
          CAP002,
          DEPLOY001,
          DEPLOY002,
          DEPLOY003,
          DEPLOY004,
          DEPLOY005,
          SVC001,
          SVC002,
          SVC003,
          EXEC001,
          EXEC002,
          EXEC003,
          EXEC004,
          TASKDEF001,
          ECR001,
          WAIT001,
          PLAT001);

  private static final Map<String, Cause> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Cause::id, Function.identity()));

  private Causes() {}

  /** Every cause, in catalogue order. */
  public static List<Cause> all() {
    return ALL;
  }

  public static Optional<Cause> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
