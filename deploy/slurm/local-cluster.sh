#!/usr/bin/env bash
# A one-node Slurm cluster in a folder, for CI and for trying the sharded recipe on one machine (Slurm 22.05, munge
# 0.5; Debian: apt-get install slurm-wlm munge). No systemd: munged, slurmctld and slurmd are started directly with
# deploy/slurm/slurm.conf.in filled in, and every file they write (keys, sockets, state, logs, pid files) stays in the
# folder. Stop it with the same folder: only the daemons whose pid files are there are stopped.
#
#   deploy/slurm/local-cluster.sh start <dir>   then: export SLURM_CONF=<dir>/slurm.conf
#   deploy/slurm/local-cluster.sh stop <dir>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command="${1:?usage: local-cluster.sh start|stop <dir>}"
dir="${2:?usage: local-cluster.sh start|stop <dir>}"

stop_pid_file() {
  local file="$1" pid
  [ -s "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$file"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$command" in
  stop)
    stop_pid_file "$dir/slurmd.pid"
    stop_pid_file "$dir/slurmctld.pid"
    stop_pid_file "$dir/munge/munged.pid"
    ;;
  start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    # munged refuses a socket below a folder that not everyone may search (mktemp -d makes mode 700).
    parent="$(dirname "$dir")"
    while [ "$parent" != "/" ]; do
      [ "$(( 0$(stat -c %a "$parent") & 1 ))" -eq 1 ] || { echo "local-cluster.sh: $parent is not searchable by all (chmod o+x it, or use another folder)" >&2; exit 1; }
      parent="$(dirname "$parent")"
    done
    # munged refuses a socket whose folders are not searchable by everyone, and a key others can read.
    chmod 711 "$dir"
    mkdir -p "$dir/munge" "$dir/munge-socket" "$dir/ctld" "$dir/slurmd"
    chmod 700 "$dir/munge"
    chmod 711 "$dir/munge-socket"
    [ -f "$dir/munge/munge.key" ] || mungekey --create --keyfile="$dir/munge/munge.key"
    chmod 600 "$dir/munge/munge.key"
    socket="$dir/munge-socket/munge.socket.2"
    munged --socket="$socket" --key-file="$dir/munge/munge.key" --log-file="$dir/munge/munged.log" \
      --pid-file="$dir/munge/munged.pid" --seed-file="$dir/munge/munged.seed"

    # What slurmd sees of this machine, so the node is not drained for claiming more than it has.
    hardware="$(slurmd -C | sed -n 1p)"
    node="$(hostname -s)"
    cpus="$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<<"$hardware")"
    memory="$(sed -n 's/.* RealMemory=\([0-9]*\).*/\1/p' <<<"$hardware")"
    sed -e "s|@NODE@|$node|g" -e "s|@DIR@|$dir|g" -e "s|@USER@|$(id -un)|g" -e "s|@MUNGE_SOCKET@|$socket|g" \
        -e "s|@CTLD_PORT@|$(free_port)|g" -e "s|@SLURMD_PORT@|$(free_port)|g" \
        -e "s|@CPUS@|${cpus:-1}|g" -e "s|@MEMORY_MB@|${memory:-1000}|g" \
        "$here/slurm.conf.in" > "$dir/slurm.conf"
    : > "$dir/plugstack.conf"
    export SLURM_CONF="$dir/slurm.conf"
    slurmctld -f "$SLURM_CONF"
    slurmd -f "$SLURM_CONF" -N "$node"
    # Ready when the node is idle (slurmd registered with the controller).
    for _ in $(seq 1 300); do
      state="$(sinfo -h -n "$node" -o %T 2>/dev/null || true)"
      [ "$state" = "idle" ] && { echo "slurm: node $node idle (SLURM_CONF=$SLURM_CONF)" >&2; exit 0; }
      sleep 0.2
    done
    echo "slurm: the node did not become idle (state '${state:-}'); logs in $dir" >&2
    exit 1
    ;;
  *)
    echo "usage: local-cluster.sh start|stop <dir>" >&2
    exit 2
    ;;
esac
