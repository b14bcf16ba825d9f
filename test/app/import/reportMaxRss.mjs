// Preloaded into a child `quorum` process: prints its peak resident memory (worker threads included) as it exits.
process.on('exit', () => process.stderr.write(`maxRSS-kB ${process.resourceUsage().maxRSS}\n`));
