package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward lineage}: lineage questions and comparisons from the command line. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = "Walks, analyses and compares lineage.",
        subcommands = {LineageDownstreamCommand.class, LineageUpstreamCommand.class, LineageImpactCommand.class,
            LineageDiffCommand.class})
final class LineageCommand {
}
