using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. --filter '*Checks*'; docs/performance.md lists each and its last results.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
