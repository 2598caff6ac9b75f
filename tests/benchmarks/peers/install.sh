#!/usr/bin/env bash
# Installs the peers, nothing of which is committed:
#   - wink-nlp and wink-eng-lite-web-model from npm, into $PEERS_WORK/node (default .work/ beside this script, git-ignored);
#   - scikit-learn from Debian (python3-sklearn, for /usr/bin/python3), with apt-get when run as root.
# Safe to run again: it installs only what is missing or at another version.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=${PEERS_WORK:-$here/.work}
wink_nlp_version=2.4.0
wink_model_version=1.8.1
python=${PEERS_PYTHON:-/usr/bin/python3}

installed_version() { # <node_modules folder> <package>
  node -e 'try { console.log(require(process.argv[1] + "/package.json").version) } catch { console.log("none") }' "$1/$2"
}

modules=$work/node/node_modules
if [[ $(installed_version "$modules" wink-nlp) != "$wink_nlp_version" ||
      $(installed_version "$modules" wink-eng-lite-web-model) != "$wink_model_version" ]]; then
  echo "install: npm install wink-nlp@$wink_nlp_version wink-eng-lite-web-model@$wink_model_version into $work/node" >&2
  mkdir -p "$work/node"
  # --no-save/--no-package-lock: no package.json or lock file is written; only node_modules, inside the ignored folder.
  npm install --prefix "$work/node" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "wink-nlp@$wink_nlp_version" "wink-eng-lite-web-model@$wink_model_version"
fi

if ! "$python" -c 'import sklearn' 2>/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install: scikit-learn is missing for $python: run 'sudo apt-get install python3-sklearn'" >&2
    exit 1
  fi
  echo "install: apt-get install python3-sklearn" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-sklearn >&2
fi

echo "install: node $(node --version), wink-nlp $(installed_version "$modules" wink-nlp)," \
  "wink-eng-lite-web-model $(installed_version "$modules" wink-eng-lite-web-model)," \
  "$("$python" -c 'import sys, sklearn, numpy, scipy; print(f"python {sys.version.split()[0]}, scikit-learn {sklearn.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}")')" >&2
