# shellcheck shell=bash
# Shared by bin/run and bin/test: provisions WildFly and Keycloak from the distributions Maven resolved,
# starts PostgreSQL, Keycloak and WildFly as process groups, and stops all of them on exit.
set -euo pipefail

SELFCHECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CONFIG_DIR="$SELFCHECK_ROOT/wildfly-config"
RUN_HOME=${SELFCHECK_HOME:-$SELFCHECK_ROOT/.run}
LOG_DIR="$RUN_HOME/logs"
KEYCLOAK_PORT=8180
WILDFLY_PORT=8080
# WildFly's mail session sends to 2525 unless SELFCHECK_SMTP_PORT says otherwise (configure.cli)
MAIL_SMTP_PORT=2525
MAIL_API_PORT=8025
WILDFLY_MGMT_PORT=9990
STARTED_GROUPS=()

say() { printf '[selfcheck] %s\n' "$*"; }
die() { printf '[selfcheck] ERROR: %s\n' "$*" >&2; exit 1; }

# The CJK TrueType font that the report PDFs embed (org.selfcheck.report.pdf.ReportPdf): Debian's
# fonts-wqy-microhei, unless SELFCHECK_PDF_FONT names another one (a collection as path.ttc,index).
PDF_FONT_PACKAGE=fonts-wqy-microhei
PDF_FONT_DEFAULT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
pdf_font_file() { local f=${SELFCHECK_PDF_FONT:-$PDF_FONT_DEFAULT}; echo "${f%,[0-9]*}"; }

# ensure_debian_packages WHAT [chromium]: installs the Debian packages that WHAT ("the portal", "the tests") needs
# beyond Maven Central: always the CJK font of the report PDFs (unless SELFCHECK_PDF_FONT names another one), with
# "chromium" also the browser and its driver. As root with apt-get they are installed; otherwise it stops and names
# the command to run. The run and the test command both call it, so a fresh machine needs no manual step.
ensure_debian_packages() {
  local what=$1 missing=()
  [ -n "${SELFCHECK_PDF_FONT:-}" ] || [ -r "$PDF_FONT_DEFAULT" ] || missing+=("$PDF_FONT_PACKAGE")
  if [ "${2:-}" = chromium ]; then
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian packages ${missing[*]} for $what"
      mkdir -p "$RUN_HOME"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
        >"$RUN_HOME/apt-packages.log" 2>&1 || die "installing ${missing[*]} failed; see $RUN_HOME/apt-packages.log"
    else
      die "$what needs Debian's ${missing[*]}: run  sudo apt-get install ${missing[*]}  and start again"
    fi
  fi
  local f
  f=$(pdf_font_file)
  [ -r "$f" ] || die "the CJK font for the report PDFs is missing: $f (SELFCHECK_PDF_FONT). Set it to a TrueType font" \
    "(a .ttc as path.ttc,0), or unset it to use Debian's $PDF_FONT_PACKAGE"
}

require_tools() {
  command -v java >/dev/null || die "java is missing: install JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "java $v found, JDK 17 or newer is needed"
  command -v mvn >/dev/null || die "mvn is missing: install Apache Maven 3.8+ (Debian: apt-get install maven)"
  command -v unzip >/dev/null || die "unzip is missing (Debian: apt-get install unzip)"
  command -v curl >/dev/null || die "curl is missing (Debian: apt-get install curl)"
  command -v setsid >/dev/null || die "setsid is missing (Debian: apt-get install util-linux)"
}

# A port in use is a clear error naming the port and what it was meant for.
require_free_port() {
  local port=$1 what=$2
  if port_open "$port"; then
    die "port $port ($what) is already in use. Stop the process that holds it (see: ss -ltnp 'sport = :$port') and try again."
  fi
}

# Reads what the wildfly-config build wrote about the artifacts it resolved.
load_build_env() {
  local env_file="$CONFIG_DIR/target/classes/selfcheck-env.properties"
  [ -f "$env_file" ] || die "$env_file is missing: the Maven build did not run"
  WILDFLY_VERSION=$(sed -n 's/^wildfly.version=//p' "$env_file")
  WILDFLY_ZIP=$(sed -n 's/^wildfly.zip=//p' "$env_file")
  KEYCLOAK_VERSION=$(sed -n 's/^keycloak.version=//p' "$env_file")
  KEYCLOAK_ZIP=$(sed -n 's/^keycloak.zip=//p' "$env_file")
  POSTGRESQL_JAR=$(sed -n 's/^postgresql.jar=//p' "$env_file")
  GREENMAIL_JAR=$(sed -n 's/^greenmail.jar=//p' "$env_file")
  LAUNCHER_CP="$CONFIG_DIR/target/classes:$(cat "$CONFIG_DIR/target/launcher.classpath")"
}

random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Secrets of the local demo installation: generated once per machine, never committed. A variable
# already set in the environment (e.g. the password of an external database) wins over the file.
load_secrets() {
  local file="$RUN_HOME/secrets.env" name value
  mkdir -p "$RUN_HOME"
  (
    umask 077
    touch "$file"
    # a secret added in a later version is appended to an existing file
    for name in SELFCHECK_OIDC_SECRET SELFCHECK_FILING_SECRET SELFCHECK_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD \
                SELFCHECK_SIGNING_PASSWORD SELFCHECK_ONBOARDING_SECRET; do
      grep -q "^$name=" "$file" || echo "$name=$(random_hex 24)" >>"$file"
    done
  )
  while IFS='=' read -r name value; do
    [ -n "$name" ] && [ -z "${!name:-}" ] && export "$name=$value"
  done <"$file"
  export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}
  export SELFCHECK_DB_USER=${SELFCHECK_DB_USER:-selfcheck}
  export SELFCHECK_DB_NAME=${SELFCHECK_DB_NAME:-selfcheck}
  ensure_signing_key
}

# The portal's own key that seals signed reports and filings (JWS), and the key with which the bundled bureau
# intake signs its receipts: two entries of a PKCS12 keystore made once per machine with the JDK's keytool, never
# committed. Production sets SELFCHECK_SIGNING_KEYSTORE, _PASSWORD and _ALIAS to its own (and a bureau that runs
# the intake SELFCHECK_INTAKE_KEYSTORE, _PASSWORD and _ALIAS).
ensure_signing_key() {
  export SELFCHECK_SIGNING_ALIAS=${SELFCHECK_SIGNING_ALIAS:-selfcheck-report}
  if [ -n "${SELFCHECK_SIGNING_KEYSTORE:-}" ]; then return 0; fi
  export SELFCHECK_SIGNING_KEYSTORE="$RUN_HOME/signing.p12"
  local keytool
  keytool=$(command -v keytool || echo "${JAVA_HOME:-/nonexistent}/bin/keytool")
  [ -x "$keytool" ] || die "keytool (part of JDK 17) is missing: install a full JDK, not a JRE"
  ensure_key_entry "$keytool" "$SELFCHECK_SIGNING_ALIAS" "CN=SelfCheck portal report seal"
  ensure_key_entry "$keytool" selfcheck-intake "CN=SelfCheck bureau intake receipts"
}

ensure_key_entry() {
  local keytool=$1 alias=$2 dname=$3
  if [ -f "$SELFCHECK_SIGNING_KEYSTORE" ] && "$keytool" -list -storetype PKCS12 -keystore "$SELFCHECK_SIGNING_KEYSTORE" \
      -storepass "$SELFCHECK_SIGNING_PASSWORD" -alias "$alias" >/dev/null 2>&1; then
    return 0
  fi
  (umask 077 && "$keytool" -genkeypair -storetype PKCS12 -keystore "$SELFCHECK_SIGNING_KEYSTORE" \
      -alias "$alias" -keyalg EC -groupname secp256r1 -validity 3650 \
      -dname "$dname" -storepass "$SELFCHECK_SIGNING_PASSWORD" \
      -keypass "$SELFCHECK_SIGNING_PASSWORD" >/dev/null 2>&1) || die "keytool could not add $alias to $SELFCHECK_SIGNING_KEYSTORE"
}

# Starts "$@" as its own process group, output to a log; remembers the group for stop_all.
start_group() {
  local name=$1; shift
  mkdir -p "$LOG_DIR"
  setsid "$@" >"$LOG_DIR/$name.log" 2>&1 < /dev/null &
  STARTED_GROUPS+=("$!:$name")
}

stop_all() {
  # nothing may cut the clean-up short: a second Ctrl-C, a TERM from a supervisor, or a closed output
  # pipe (Ctrl-C also ends a `| tee`), nor a failing command under set -e
  trap '' INT TERM PIPE
  set +e
  local i
  for ((i = ${#STARTED_GROUPS[@]} - 1; i >= 0; i--)); do
    stop_entry "${STARTED_GROUPS[$i]}"
  done
  STARTED_GROUPS=()
}

# stop_group NAME: stops the process group started as NAME, and forgets it
stop_group() {
  local kept=() entry
  for entry in "${STARTED_GROUPS[@]}"; do
    if [ "${entry#*:}" = "$1" ]; then stop_entry "$entry"; else kept+=("$entry"); fi
  done
  STARTED_GROUPS=("${kept[@]}")
}

stop_entry() {
  local pid=${1%%:*} name=${1#*:}
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}

# wait_until NAME SECONDS PID COMMAND...: polls COMMAND until it succeeds; fails naming the log to read
# when the process PID exits or the time is up.
wait_until() {
  local name=$1 seconds=$2 pid=$3; shift 3
  for _ in $(seq 1 $((seconds * 2))); do
    if "$@"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || die "$name exited during start; see $LOG_DIR/$name.log"
    sleep 0.5
  done
  die "$name was not ready within ${seconds}s; see $LOG_DIR/$name.log"
}

url_answers() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# the process listening on a local TCP port (empty when none is)
listener_pid() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

last_pid() { local e=${STARTED_GROUPS[-1]}; echo "${e%%:*}"; }

# start_postgres DATA_DIR PORT [--ephemeral]
start_postgres() {
  local data=$1 port=$2; shift 2
  require_free_port "$port" "PostgreSQL"
  mkdir -p "$(dirname "$data")"
  start_group postgres java -cp "$LAUNCHER_CP" org.selfcheck.devenv.EmbeddedPostgresMain --data "$data" --port "$port" "$@"
  wait_until postgres 60 "$(last_pid)" port_open "$port"
  # the launcher creates role and database right after the server opens the port
  for _ in $(seq 1 40); do grep -q "PostgreSQL ready" "$LOG_DIR/postgres.log" && break; sleep 0.25; done
  export SELFCHECK_DB_URL="jdbc:postgresql://127.0.0.1:$port/$SELFCHECK_DB_NAME"
  say "PostgreSQL on 127.0.0.1:$port (data: $data)"
}

# The local mail catcher (GreenMail): a real SMTP server on 127.0.0.1:$MAIL_SMTP_PORT that accepts every address,
# to which WildFly's mail session and Keycloak's realm send (SELFCHECK_SMTP_HOST/_PORT), and whose mails are read
# over its REST API on $MAIL_API_PORT (GET /api/user/<address>/messages/INBOX). Mails live in its memory only.
start_mail() {
  require_free_port "$MAIL_SMTP_PORT" "mail catcher SMTP"
  require_free_port "$MAIL_API_PORT" "mail catcher API"
  start_group mail java -Xms16m -Xmx128m -XX:TieredStopAtLevel=1 -Dgreenmail.smtp.hostname=127.0.0.1 \
    -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR"
  MAIL_PID=$(last_pid)
  export SELFCHECK_SMTP_HOST=127.0.0.1 SELFCHECK_SMTP_PORT=$MAIL_SMTP_PORT
  export SELFCHECK_MAIL_API="http://127.0.0.1:$MAIL_API_PORT"
}

await_mail() {
  wait_until mail 60 "$MAIL_PID" url_answers "$SELFCHECK_MAIL_API/api/service/readiness"
  say "mail catcher: SMTP 127.0.0.1:$MAIL_SMTP_PORT, mails at $SELFCHECK_MAIL_API/api/user/<address>/messages/INBOX"
}

# Keycloak is unpacked once (its first start augments, ~30 s; later starts ~8 s). It imports the realm from a
# clean H2, so that the realm JSON is the only source of its users and clients: on every start for the tests, and
# for the run command (start_keycloak --keep-data) only when the realm JSON or a variable it reads changed.
# Otherwise the run command keeps its H2 (importing is about 20 s of CPU that WildFly's boot needs too, and login
# sessions survive a restart).
start_keycloak() {
  require_free_port "$KEYCLOAK_PORT" "Keycloak"
  local home="$RUN_HOME/keycloak-$KEYCLOAK_VERSION" realm="$CONFIG_DIR/src/main/keycloak/selfcheck-realm.json"
  if [ ! -x "$home/bin/kc.sh" ]; then
    say "unpacking Keycloak $KEYCLOAK_VERSION"
    rm -rf "$home.tmp" && mkdir -p "$home.tmp"
    unzip -q "$KEYCLOAK_ZIP" -d "$home.tmp"
    mv "$home.tmp/keycloak-$KEYCLOAK_VERSION" "$home" && rm -rf "$home.tmp"
  fi
  local stamp import=()
  # every variable the realm JSON reads is part of what was imported
  stamp=$( (cat "$realm"; echo "$SELFCHECK_OIDC_SECRET $SELFCHECK_FILING_SECRET $SELFCHECK_ONBOARDING_SECRET ${SELFCHECK_PUBLIC_URL:-} ${SELFCHECK_SMTP_HOST:-} ${SELFCHECK_SMTP_PORT:-}") | sha256sum | cut -c1-16)
  # the stamp marks an H2 the run command may keep: never one the tests have filled with their users
  KEYCLOAK_IMPORTED=""
  [ "${1:-}" = --keep-data ] && KEYCLOAK_IMPORTED="$home/data/h2/.selfcheck-realm-$stamp"
  if [ -z "$KEYCLOAK_IMPORTED" ] || [ ! -f "$KEYCLOAK_IMPORTED" ]; then
    rm -rf "$home/data/h2" "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$realm" "$home/data/import/"
    import=(--import-realm)
  fi
  # a local Keycloak needs a small heap (its default takes half the machine's memory); for the run command only the
  # quick JIT compiler, so that its start leaves the CPU to WildFly's boot (the tests' many logins want the full JIT)
  local jit=""
  [ "${1:-}" = --keep-data ] && jit=-XX:TieredStopAtLevel=1
  JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m} JAVA_OPTS_APPEND=${JAVA_OPTS_APPEND:-$jit} \
    start_group keycloak "$home/bin/kc.sh" start-dev --http-port "$KEYCLOAK_PORT" --http-host 127.0.0.1 "${import[@]}"
  KEYCLOAK_PID=$(last_pid)
}

await_keycloak() {
  wait_until keycloak 180 "$KEYCLOAK_PID" url_answers "http://localhost:$KEYCLOAK_PORT/realms/selfcheck/.well-known/openid-configuration"
  [ -z "$KEYCLOAK_IMPORTED" ] || touch "$KEYCLOAK_IMPORTED"
  say "Keycloak on http://localhost:$KEYCLOAK_PORT (realm selfcheck)"
}

# start_wildfly HOME EAR: boots standalone-full with the EAR in the deployment scanner's folder.
start_wildfly() {
  local home=$1 ear=$2
  require_free_port "$WILDFLY_PORT" "WildFly HTTP"
  require_free_port "$WILDFLY_MGMT_PORT" "WildFly management"
  rm -f "$home"/standalone/deployments/selfcheck.ear*
  cp "$ear" "$home/standalone/deployments/selfcheck.ear"
  export JAVA_OPTS="$(wildfly_java_opts)"
  start_group wildfly "$home/bin/standalone.sh" -c standalone-full.xml -Djboss.bind.address=127.0.0.1
  WILDFLY_PID=$(last_pid)
}

# The JVM options of WildFly, for bin/run and (through -Dselfcheck.wildfly.jvm) Arquillian's managed server.
# A 640 MB heap (a third of it young), for about 1 GiB resident with the 200 MB of metaspace the EAR needs, its code
# cache and buffers: the benchmarks measured 1,016 MiB after the small load with -Xmx1g and 1,149 MiB after the
# province's with -Xmx768m (issue 16; the live set after the small load was about 210 MB).
wildfly_java_opts() {
  echo "-Xms256m -Xmx640m -XX:MetaspaceSize=128m -XX:MaxMetaspaceSize=512m -XX:+UseParallelGC -Xshare:auto" \
       "-Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dfile.encoding=UTF-8" \
       "-Djboss.modules.system.pkgs=org.jboss.byteman"
}

await_wildfly() {
  WILDFLY_HOME=$1
  wait_until wildfly 180 "$WILDFLY_PID" wildfly_ready
}

wildfly_ready() {
  local failed="$WILDFLY_HOME/standalone/deployments/selfcheck.ear.failed"
  [ -f "$failed" ] && die "the deployment failed: $(head -c 2000 "$failed"); see $LOG_DIR/wildfly.log"
  # MicroProfile Health on the management interface: ready once the EAR is deployed (its migration ran, its routes started)
  url_answers "http://localhost:$WILDFLY_MGMT_PORT/health/ready"
}
# provision_wildfly DIR: a WildFly configured only by the versioned CLI scripts. It is configured
# again from a pristine unpack whenever those scripts change.
provision_wildfly() {
  local home=$1
  local stamp
  stamp=$(cat "$CONFIG_DIR"/src/main/cli/*.cli | sha256sum | cut -c1-16)
  if [ -f "$home/.selfcheck-configured-$stamp" ]; then return 0; fi
  say "unpacking and configuring WildFly $WILDFLY_VERSION in $home"
  rm -rf "$home" "$home.tmp" && mkdir -p "$home.tmp"
  unzip -q "$WILDFLY_ZIP" -d "$home.tmp"
  mv "$home.tmp/wildfly-$WILDFLY_VERSION" "$home" && rm -rf "$home.tmp"
  local props="$home/.selfcheck-cli.properties"
  echo "postgresql.jar=$POSTGRESQL_JAR" >"$props"
  JAVA_OPTS="-Xms64m" "$home/bin/jboss-cli.sh" --resolve-parameter-values --properties="$props" \
    --file="$CONFIG_DIR/src/main/cli/install-driver.cli" >"$LOG_DIR/wildfly-configure.log" 2>&1 \
    || die "installing the JDBC driver failed; see $LOG_DIR/wildfly-configure.log"
  "$home/bin/jboss-cli.sh" --file="$CONFIG_DIR/src/main/cli/configure.cli" >>"$LOG_DIR/wildfly-configure.log" 2>&1 \
    || die "configure.cli failed; see $LOG_DIR/wildfly-configure.log"
  rm -f "$props"
  touch "$home/.selfcheck-configured-$stamp"
}
