#!/usr/bin/env bash
# The project's test command (README, CI via .ci/run).
#
# On a Debian 12 machine with the .NET 10 SDK it installs and starts what the tests need
# (RabbitMQ and PostgreSQL on 127.0.0.1, Chromium for Playwright), builds the solution once with warnings
# as errors, checks formatting, runs every test project with a TRX logger and prints, as its
# very last line, "N passed, N failed". Exits non-zero when anything failed.
#
# Idempotent: installed packages and a running broker are reused. Results go to the
# git-ignored .test-results/.
#
# Environment:
#   CI=true               no prompts, plain output (set by CI)
#   TD_ARTIFACTS_PATH     build into this folder instead of bin/obj (dotnet --artifacts-path)
#   TD_TEST_FILTER        dotnet test --filter expression (default: every test)
#   TD_CONFIGURATION      Debug (default) or Release
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESULTS="$ROOT/.test-results"
SOLUTION="$ROOT/TradingDashboard.sln"
CONFIGURATION="${TD_CONFIGURATION:-Debug}"
RABBITMQ_ENV_CONF=/etc/rabbitmq/rabbitmq-env.conf
APT_LOG="$RESULTS/apt.log"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false
# Playwright drives the system Chromium; it must never fetch browsers of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# What the test fixtures connect to (TradingDashboard.Tests/Infrastructure).
export TD_RABBITMQ_HOST=127.0.0.1 TD_RABBITMQ_PORT=5672 TD_RABBITMQ_USER=guest TD_RABBITMQ_PASSWORD=guest
export TD_CHROMIUM_PATH=/usr/bin/chromium
# epmd, if the package install starts it, listens on loopback only.
export ERL_EPMD_ADDRESS=127.0.0.1

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    SUDO=(sudo --non-interactive --preserve-env=DEBIAN_FRONTEND,ERL_EPMD_ADDRESS)
fi

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# ---------------------------------------------------------------- summary (always the last line)
passed=0
failed=0
summarized=false
summarize() {
    local status=$?
    if [[ "$summarized" == false ]]; then
        summarized=true
        if [[ $status -ne 0 && $failed -eq 0 ]]; then
            failed=1
        fi
        printf '%s passed, %s failed\n' "$passed" "$failed"
    fi
    if [[ $status -eq 0 && $failed -ne 0 ]]; then
        status=1
    fi
    exit "$status"
}
trap summarize EXIT

abort() {
    printf '\nerror: %s\n' "$*" >&2
    failed=$((failed + 1))
    exit 1
}

# ---------------------------------------------------------------- system packages
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

ensure_packages() {
    local missing=()
    for package in "$@"; do
        installed "$package" || missing+=("$package")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        note "already installed: $*"
        return
    fi
    note "installing: ${missing[*]} (log: ${APT_LOG#"$ROOT"/})"
    if ! { "${SUDO[@]}" apt-get update -q \
        && "${SUDO[@]}" apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"; } >"$APT_LOG" 2>&1; then
        tail -n 20 "$APT_LOG" >&2
        abort "apt-get install ${missing[*]} failed"
    fi
}

# ---------------------------------------------------------------- RabbitMQ
rabbitmq_env_conf() {
    cat <<'EOF'
# Written by build/test.sh: a test broker reachable from this machine only.
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=5672
ERL_EPMD_ADDRESS=127.0.0.1
RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
}

rabbitmq_running() { "${SUDO[@]}" rabbitmqctl -q status >/dev/null 2>&1; }

# Written before the package is installed (its postinst keeps an existing file), so a broker
# that the install itself starts (systemd, init.d) already binds loopback only.
rabbitmq_conf_changed=false
configure_rabbitmq() {
    if ! cmp -s <(rabbitmq_env_conf) "$RABBITMQ_ENV_CONF"; then
        "${SUDO[@]}" mkdir -p "$(dirname "$RABBITMQ_ENV_CONF")"
        rabbitmq_env_conf | "${SUDO[@]}" tee "$RABBITMQ_ENV_CONF" >/dev/null
        rabbitmq_conf_changed=true
    fi
}

start_rabbitmq() {
    if [[ -d /run/systemd/system ]] && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
        # systemd runs the broker; restart it if it may have started before our settings.
        if [[ "$rabbitmq_conf_changed" == true ]]; then
            note "restarting rabbitmq-server (systemd) with loopback-only settings"
            "${SUDO[@]}" systemctl restart rabbitmq-server
        fi
    elif rabbitmq_running; then
        note "already running"
    else
        note "starting rabbitmq-server on 127.0.0.1:5672"
        "${SUDO[@]}" rabbitmq-server -detached
    fi

    # await_startup fails at once while the node is not yet registered, so poll first.
    local deadline=$((SECONDS + 120))
    until rabbitmq_running; do
        ((SECONDS < deadline)) || abort "RabbitMQ did not start within 120 s (see /var/log/rabbitmq/)"
        sleep 1
    done
    # A fault test interrupted mid-outage leaves the node up with the app stopped; start_app is a no-op otherwise.
    "${SUDO[@]}" rabbitmqctl -q start_app >/dev/null || abort "rabbitmqctl start_app failed"
    "${SUDO[@]}" rabbitmqctl -q await_startup --timeout 120 || abort "RabbitMQ did not finish starting"
    note "ready: $("${SUDO[@]}" rabbitmqctl -q version 2>/dev/null || echo '?') on $TD_RABBITMQ_HOST:$TD_RABBITMQ_PORT"
}

# ---------------------------------------------------------------- PostgreSQL
# Debian's cluster listens on localhost only (listen_addresses = 'localhost'); the tests log in
# over TCP as td_test, which may create (and so drop) its own databases.
postgres() { (cd / && "${SUDO[@]}" runuser -u postgres -- "$@"); }

start_postgres() {
    local cluster version name port status
    cluster="$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print; exit }')"
    [[ -n "$cluster" ]] || abort "no PostgreSQL 'main' cluster (see pg_lsclusters / pg_createcluster)"
    read -r version name port status _ <<<"$cluster"
    if [[ "$status" == online* ]]; then
        note "already running"
    else
        note "starting PostgreSQL $version/$name on 127.0.0.1:$port"
        "${SUDO[@]}" pg_ctlcluster "$version" "$name" start || abort "pg_ctlcluster $version $name start failed"
    fi

    local deadline=$((SECONDS + 60))
    until pg_isready -q -h 127.0.0.1 -p "$port"; do
        ((SECONDS < deadline)) || abort "PostgreSQL did not accept connections within 60 s"
        sleep 1
    done
    postgres psql -q -v ON_ERROR_STOP=1 -p "$port" -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'td_test') THEN
            CREATE ROLE td_test LOGIN CREATEDB PASSWORD 'td_test';
        END IF; END \$\$;" || abort "could not create the td_test role"
    export TD_POSTGRES_CONNECTION="Host=127.0.0.1;Port=$port;Username=td_test;Password=td_test;Database=postgres"
    note "ready: PostgreSQL $version on 127.0.0.1:$port (role td_test)"
}

# ---------------------------------------------------------------- .NET
dotnet_output_args=()
if [[ -n "${TD_ARTIFACTS_PATH:-}" ]]; then
    dotnet_output_args=(--artifacts-path "$TD_ARTIFACTS_PATH")
fi
filter_args=()
if [[ -n "${TD_TEST_FILTER:-}" ]]; then
    filter_args=(--filter "$TD_TEST_FILTER")
fi

build_solution() {
    dotnet build "$SOLUTION" -c "$CONFIGURATION" "${dotnet_output_args[@]}" -warnaserror -nologo -v:minimal \
        || abort "build failed"
}

check_format() {
    # Its own restore writes only git-ignored obj/ folders.
    if dotnet format "$SOLUTION" --verify-no-changes -v:quiet; then
        note "formatting is clean"
        return 0
    fi
    printf '\nerror: dotnet format --verify-no-changes found changes (fix with: dotnet format TradingDashboard.sln)\n' >&2
    return 1
}

test_projects() {
    grep -l -E '<IsTestProject>[[:space:]]*true[[:space:]]*</IsTestProject>' "$ROOT"/*/*.csproj 2>/dev/null | sort
}

declare -A test_exit=()
run_tests() {
    local project="$1" name status=0
    name="$(basename "$project" .csproj)"
    step "Test $name"
    dotnet test "$project" -c "$CONFIGURATION" "${dotnet_output_args[@]}" --no-build --nologo "${filter_args[@]}" \
        --logger "trx;LogFileName=$name.trx" \
        --results-directory "$RESULTS" \
        --blame-hang-timeout 10m --blame-hang-dump-type none \
        || status=$?
    test_exit[$name]=$status
}

# The value of one attribute of a TRX <Counters .../> element (0 when absent).
counter() {
    local value
    value="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")"
    echo "${value:-0}"
}

# Adds every project's TRX counters to passed/failed; a project without a TRX, or whose
# run failed without a failing test (a crashed test host), counts as one failure.
count_results() {
    local project name trx counters project_failed
    for project in "$@"; do
        name="$(basename "$project" .csproj)"
        trx="$RESULTS/$name.trx"
        if [[ ! -f "$trx" ]]; then
            note "$name: no TRX written (dotnet test exited ${test_exit[$name]:-?}): counted as 1 failed"
            failed=$((failed + 1))
            continue
        fi
        counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
        project_failed=$(($(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
        passed=$((passed + $(counter passed "$counters")))
        failed=$((failed + project_failed))
        note "$name: $(counter passed "$counters") passed, $project_failed failed, $(counter notExecuted "$counters") not executed"
        if [[ "${test_exit[$name]:-1}" -ne 0 && $project_failed -eq 0 ]]; then
            note "$name: dotnet test exited ${test_exit[$name]:-?} without a failed test (test host crash?): counted as 1 failed"
            failed=$((failed + 1))
        fi
    done
}

# ---------------------------------------------------------------- main
cd "$ROOT"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

step "System packages"
configure_rabbitmq
ensure_packages rabbitmq-server postgresql chromium
[[ -x "$TD_CHROMIUM_PATH" ]] || abort "$TD_CHROMIUM_PATH is missing after installing chromium"

step "RabbitMQ"
start_rabbitmq

step "PostgreSQL"
start_postgres

step "Build ($CONFIGURATION, warnings as errors)"
build_solution

step "Format check"
format_ok=true
check_format || format_ok=false

mapfile -t projects < <(test_projects)
[[ ${#projects[@]} -gt 0 ]] || abort "no test projects found"
for project in "${projects[@]}"; do
    run_tests "$project"
done

step "Results in ${RESULTS#"$ROOT"/}/ ($((SECONDS / 60)) min $((SECONDS % 60)) s)"
count_results "${projects[@]}"
if [[ "$format_ok" == false ]]; then
    note "format check failed: counted as 1 failed"
    failed=$((failed + 1))
fi
