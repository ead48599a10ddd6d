# Sourced by cluster.sh, test.sh and the benchmarks: require_commands COMMAND:PACKAGE... installs the Debian packages of the commands that
# are missing when running as root, and otherwise says what to install and fails.
require_commands() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    printf '[packages] missing: %s: install them (for example: sudo apt-get install %s)\n' "${missing[*]}" "${missing[*]}" >&2
    return 1
  fi
  printf '[packages] installing %s\n' "${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}
