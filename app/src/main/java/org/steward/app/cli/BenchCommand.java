package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward bench}: the shipped benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs Steward's benchmarks and prints their figures.",
        subcommands = {BenchSearchCommand.class, BenchStartupCommand.class,
            BenchLineageCommand.class, BenchClassifyCommand.class, BenchPropagationCommand.class,
            BenchAtlasCommand.class})
final class BenchCommand {
}
