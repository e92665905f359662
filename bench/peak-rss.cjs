// Preloaded (node --require) into the processes the store-scale benchmark runs: writes the process's
// peak resident memory (KiB) and CPU time (µs, user + system) to POLICY_KG_BENCH_PEAK_FILE at exit,
// so figures from a busy machine can be read beside their wall time.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.POLICY_KG_BENCH_PEAK_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
