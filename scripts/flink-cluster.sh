#!/usr/bin/env bash
# A standalone Flink session cluster on 127.0.0.1: one JobManager and N TaskManagers, each its own JVM.
#
#   scripts/flink-cluster.sh start|stop|status
#
# Maven Central has no flink-dist tarball, but the pipeline's shaded jar bundles flink-runtime and flink-clients
# from the Beam Flink runner, so the cluster runs on that jar (build it with `./mvnw -B -q install -DskipTests`).
# Settings (environment):
#   FLINK_CLUSTER_DIR   work dir for config, logs and pids  (default: target/flink-cluster)
#   FLINK_CLUSTER_JAR   classpath of the cluster JVMs       (default: pipeline/target/gov-disclosure-pipeline.jar)
#   FLINK_REST_PORT     REST API, web UI and job submission (default: 8081)
#   FLINK_RPC_PORT      JobManager RPC                      (default: 6123)
#   FLINK_TASKMANAGERS  number of TaskManagers              (default: 2)
#   FLINK_SLOTS         task slots per TaskManager          (default: 2)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${FLINK_CLUSTER_DIR:-$ROOT/target/flink-cluster}
JAR=${FLINK_CLUSTER_JAR:-$ROOT/pipeline/target/gov-disclosure-pipeline.jar}
REST_PORT=${FLINK_REST_PORT:-8081}
RPC_PORT=${FLINK_RPC_PORT:-6123}
TASKMANAGERS=${FLINK_TASKMANAGERS:-2}
SLOTS=${FLINK_SLOTS:-2}
CONF=$WORK/conf
LOGS=$WORK/log
START_TIMEOUT_S=120

# What Flink 1.19's own distribution passes to every JVM on Java 17: its serializers and RPC reflect into these.
JAVA17_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

write_config() {
  mkdir -p "$CONF" "$LOGS" "$WORK/tmp" "$WORK/plugins"
  cat > "$CONF/flink-conf.yaml" <<EOF
jobmanager.rpc.address: 127.0.0.1
jobmanager.rpc.port: $RPC_PORT
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: 1024m
rest.address: 127.0.0.1
rest.bind-address: 127.0.0.1
rest.port: $REST_PORT
taskmanager.host: 127.0.0.1
taskmanager.bind-host: 127.0.0.1
taskmanager.numberOfTaskSlots: $SLOTS
taskmanager.memory.process.size: 1536m
# A parallelism-2 Beam job runs out of network buffers with Flink's 64m minimum.
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
io.tmp.dirs: $WORK/tmp
# A job whose TaskManager dies is restarted on the remaining slots instead of failing.
restart-strategy.type: fixed-delay
# The delay outlasts the heartbeat timeout, so a restart does not pick the dead TaskManager's slots again.
restart-strategy.fixed-delay.attempts: 5
restart-strategy.fixed-delay.delay: 10 s
# Notice a lost TaskManager within seconds rather than Flink's default 50 s.
heartbeat.interval: 2000
heartbeat.timeout: 10000
# Spread a job over all TaskManagers, so that losing one is survivable and actually exercised.
cluster.evenly-spread-out-slots: true
EOF
}

# Flink's start scripts derive JVM memory flags and matching settings from the config with BashJavaUtils;
# prints the JVM flags on the first line and the dynamic "-D key=value" settings on the second.
resource_params() {
  java -Xmx128m -cp "$JAR" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$CONF" 2>>"$LOGS/bash-java-utils.log" \
    | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p'
}

# launch NAME MAIN_CLASS RESOURCE_COMMAND [extra program args...]
launch() {
  local name=$1 main=$2 params jvm dynamic
  shift 2
  params=$(resource_params "$1") || params=
  shift
  jvm=$(sed -n 1p <<<"$params")
  dynamic=$(sed -n 2p <<<"$params")
  if [[ -z $jvm ]]; then
    echo "could not compute memory settings for $name; see $LOGS/bash-java-utils.log" >&2
    stop >/dev/null
    exit 1
  fi
  # $jvm and $dynamic are space-separated flag lists without embedded spaces, so word splitting is intended.
  # shellcheck disable=SC2086
  nohup java "${JAVA17_OPENS[@]}" $jvm \
    -Dlog.file="$LOGS/$name.log" \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.showThreadName=true \
    -Dorg.slf4j.simpleLogger.log.org.apache.flink=info \
    -cp "$JAR" "$main" --configDir "$CONF" $dynamic "$@" \
    </dev/null >"$LOGS/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

# Sorted, so that the JobManager comes first and its TaskManagers after it.
pid_files() {
  shopt -s nullglob
  PID_FILES=("$WORK"/*.pid)
  shopt -u nullglob
}

alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) && kill -0 "$pid" 2>/dev/null
}

listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

rest() {
  curl -fsS --max-time 2 "http://127.0.0.1:$REST_PORT$1" 2>/dev/null
}

registered_taskmanagers() {
  rest /overview | sed -n 's/.*"taskmanagers":\([0-9]*\).*/\1/p'
}

start() {
  if [[ ! -f $JAR ]]; then
    echo "$JAR not found; build it first: ./mvnw -B -q install -DskipTests" >&2
    exit 1
  fi
  pid_files
  for f in "${PID_FILES[@]}"; do
    if alive "$f"; then
      echo "a cluster is already running from $WORK (pid file $f); stop it first" >&2
      exit 1
    fi
  done
  # Flink's REST server can share a port with another one, which would then answer for this cluster.
  for port in "$REST_PORT" "$RPC_PORT"; do
    if listening "$port"; then
      echo "port $port on 127.0.0.1 is in use (another Flink cluster?); set FLINK_REST_PORT / FLINK_RPC_PORT" >&2
      exit 1
    fi
  done
  rm -rf "$CONF" "$LOGS" "$WORK/tmp"
  # Flink looks for optional plugins (file systems, metric reporters) here; this cluster needs none.
  export FLINK_PLUGINS_DIR=$WORK/plugins
  write_config
  launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint GET_JM_RESOURCE_PARAMS
  for i in $(seq 1 "$TASKMANAGERS"); do
    # A fixed resource id names the TaskManager in the REST API the same as its pid and log files.
    launch "taskmanager-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner GET_TM_RESOURCE_PARAMS \
      -D "taskmanager.resource-id=taskmanager-$i"
  done
  local waited=0
  pid_files
  until [[ $(registered_taskmanagers) == "$TASKMANAGERS" ]]; do
    for f in "${PID_FILES[@]}"; do
      if ! alive "$f"; then
        echo "$(basename "$f" .pid) exited during start-up; its log: $LOGS/$(basename "$f" .pid).log, ending:" >&2
        tail -n 40 "$LOGS/$(basename "$f" .pid).log" >&2 2>/dev/null || true
        stop >/dev/null
        exit 1
      fi
    done
    if ((waited >= START_TIMEOUT_S)); then
      echo "cluster not ready after ${START_TIMEOUT_S}s; logs in $LOGS" >&2
      stop >/dev/null
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "Flink session cluster up: http://127.0.0.1:$REST_PORT ($TASKMANAGERS TaskManagers x $SLOTS slots; logs in $LOGS)"
}

stop() {
  local i f pid
  pid_files
  # TaskManagers first, so the JobManager does not log them as lost.
  for ((i = ${#PID_FILES[@]} - 1; i >= 0; i--)); do
    f=${PID_FILES[i]}
    pid=$(cat "$f")
    if alive "$f"; then
      kill "$pid"
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "$(basename "$f" .pid) (pid $pid) ignored SIGTERM for 30 s; killing it" >&2
        kill -9 "$pid"
      fi
    fi
    rm -f "$f"
  done
  echo "Flink session cluster stopped"
}

status() {
  local f running=0 total=0
  pid_files
  for f in "${PID_FILES[@]}"; do
    total=$((total + 1))
    if alive "$f"; then
      running=$((running + 1))
      echo "$(basename "$f" .pid): running (pid $(cat "$f"))"
    else
      echo "$(basename "$f" .pid): not running"
    fi
  done
  if ((total == 0)); then
    echo "no cluster in $WORK"
    return 3
  fi
  echo "TaskManagers registered with the JobManager: $(registered_taskmanagers || echo unknown)"
  ((running == total)) || return 3
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
