// Loaded with `node --import` by the benchmarks: when the process exits, it prints its peak
// resident memory to stderr as one line, "cspm-bench-max-rss-kib: N", for the suite to read.
process.on('exit', () => {
  process.stderr.write(`cspm-bench-max-rss-kib: ${process.resourceUsage().maxRSS}\n`);
});
