package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward lineage upstream QUALIFIED_NAME}. */
@Command(name = "upstream", mixinStandardHelpOptions = true,
        description = "Lists every entity upstream of QUALIFIED_NAME with its distance, type and owner.")
final class LineageUpstreamCommand extends LineageWalkCommand {

    @Override
    boolean downstream() {
        return false;
    }
}
