#!/usr/bin/env bash
# WGSL verification and the webgpu benchmark in one go, on a machine with a GPU and no package
# registry: everything it needs is what it is given (this repository with node_modules/ carried
# along). It installs nothing: no npm ci, no apt. Prints one table with the adapter's name.
#
#   bash bench/gpu-check.sh                                  # the suite, all passes
#   bash bench/gpu-check.sh --suite bench/suite.json --out bench-results-gpu
#   bash bench/gpu-check.sh -- --layers res3x3 --passes forward   # after --: more bench options
#
# The Vulkan driver is the machine's own: VK_ICD_FILENAMES is left alone when you set it, and not
# set otherwise. (One exception, announced when it happens: when <repo>/.webgpu/lvp_icd.json was
# carried along too, src/run/webgpu.ts would pick that CPU driver, so the loader is pointed at the
# system's ICD files instead.)
#
# Exit status: 0 all verified and benchmarked; 1 a kernel failed verification or the bench failed;
# 2 a missing prerequisite (node, node_modules); 3 no WebGPU adapter.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO" || exit 2
SUITE=bench/suite.json
OUT=bench-results-gpu-check
EXTRA=()
while (($#)); do
  case "$1" in
    --suite) SUITE=${2:?--suite needs a file}; shift 2 ;;
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gpu-check: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "gpu-check: $*" >&2; }
die() { echo "gpu-check: error: $1" >&2; exit "${2:-2}"; }
started=$(date +%s)

# --- prerequisites: node >= 20 and the carried node_modules ------------------------------------
command -v node >/dev/null || die "node is not installed (needs Node >= 20)"
major=$(node -p 'process.versions.node.split(".")[0]')
((major >= 20)) || die "Node $(node --version) is too old (needs >= 20)"
for p in node_modules/webgpu node_modules/typescript/bin/tsc node_modules/tsx/dist/cli.mjs node_modules/commander; do
  [[ -e $p ]] || die "$p is missing: carry node_modules/ along (this script installs nothing)"
done
[[ -e node_modules/@tensorflow/tfjs-backend-webgpu ]] || say "warning: node_modules/@tensorflow/tfjs-backend-webgpu is missing: the tfjs-webgpu peer will be listed as unavailable"
[[ -f $SUITE ]] || die "no suite file $SUITE"
say "node $(node --version), repo $REPO"

# --- the Vulkan driver --------------------------------------------------------------------------
if [[ -n ${VK_ICD_FILENAMES:-} ]]; then
  say "VK_ICD_FILENAMES=$VK_ICD_FILENAMES (yours)"
elif [[ -f .webgpu/lvp_icd.json ]]; then
  icds=()
  for d in /etc/vulkan/icd.d /usr/local/share/vulkan/icd.d /usr/share/vulkan/icd.d; do
    for f in "$d"/*.json; do [[ -f $f ]] && icds+=("$f"); done
  done
  if ((${#icds[@]})); then
    VK_ICD_FILENAMES=$(IFS=:; echo "${icds[*]}")
    export VK_ICD_FILENAMES
    say ".webgpu/lvp_icd.json (lavapipe) is here too; pointing the Vulkan loader at the system's drivers instead: VK_ICD_FILENAMES=$VK_ICD_FILENAMES"
  else
    say "warning: the system has no Vulkan ICD files; .webgpu/ holds lavapipe, so this will run on the CPU driver"
  fi
else
  say "VK_ICD_FILENAMES is not set: the Vulkan loader finds the machine's own drivers"
fi

mkdir -p "$OUT" || die "cannot create $OUT"

# --- build (offline: the local typescript) ------------------------------------------------------
say "building dist/ with node_modules/typescript"
node node_modules/typescript/bin/tsc -p tsconfig.build.json || die "the build failed" 1

# --- the adapter --------------------------------------------------------------------------------
adapter_json="$OUT/adapter.json"
node --input-type=module -e "
import { writeFileSync } from 'node:fs';
import { getGpu } from './dist/run/webgpu.js';
try {
  const { adapterInfo: a } = await getGpu();
  writeFileSync(process.argv[1], JSON.stringify(a, null, 2) + '\n');
  console.error('gpu-check: adapter: ' + [a.vendor, a.description || a.device].filter(Boolean).join(' ') + ', ' + (a.architecture || '?') + '; timestamp-query ' + (a.timestampQuery ? 'yes' : 'no'));
  process.exit(0);
} catch (e) {
  console.error('gpu-check: NO WEBGPU ADAPTER: ' + (e instanceof Error ? e.message : String(e)));
  process.exit(3);
}" "$adapter_json"
rc=$?
if ((rc != 0)); then
  say "no adapter found: is the GPU's Vulkan driver installed (libvulkan.so.1 and an ICD file in /usr/share/vulkan/icd.d or /etc/vulkan/icd.d, e.g. the NVIDIA driver's nvidia_icd.json)? Is the GPU visible (nvidia-smi)?"
  exit 3
fi
if grep -qiE '"architecture": "(software|cpu)"|llvmpipe|swiftshader' "$adapter_json"; then
  say "warning: this adapter is a CPU driver, not a GPU"
fi

# --- WGSL verification of the suite -------------------------------------------------------------
say "verifying every kernel of $SUITE on the GPU (convgen verify --target webgpu)"
node dist/cli.js verify --spec "$SUITE" --target webgpu --json >"$OUT/verify.json"
verify_rc=$?
((verify_rc == 0)) || say "verification: exit $verify_rc (a kernel failed, or the run did)"

# --- the webgpu benchmark -----------------------------------------------------------------------
say "benchmarking (convgen WGSL, naive-wgsl, tfjs-webgpu); progress below"
node node_modules/tsx/dist/cli.mjs bench/run.ts --target webgpu --suite "$SUITE" --out "$OUT" ${EXTRA[@]+"${EXTRA[@]}"} >"$OUT/summary.md"
bench_rc=$?
((bench_rc == 0)) || say "bench: exit $bench_rc"

# --- one table ----------------------------------------------------------------------------------
if [[ -f $OUT/results.json ]]; then
  node --input-type=module -e "
import { readFileSync, existsSync } from 'node:fs';
import { gpuCheckTable, gpuTargets } from './dist/bench/report.js';
const [results, verify] = process.argv.slice(1);
const report = JSON.parse(readFileSync(results, 'utf8'));
let v;
try { v = JSON.parse(readFileSync(verify, 'utf8')); } catch { v = undefined; }
console.log(gpuCheckTable(report, v));
console.log('');
for (const t of gpuTargets(report)) console.log('- [' + (t.ok ? 'x' : ' ') + '] ' + t.text);
" "$OUT/results.json" "$OUT/verify.json"
else
  say "no $OUT/results.json: the bench did not finish"
fi
say "done in $(($(date +%s) - started)) s; files in $OUT/ (verify.json, results.json, results.md, chart.svg, summary.md, adapter.json)"
((verify_rc == 0 && bench_rc == 0)) || exit 1
