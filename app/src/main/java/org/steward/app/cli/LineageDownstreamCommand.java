package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward lineage downstream QUALIFIED_NAME}. */
@Command(name = "downstream", mixinStandardHelpOptions = true,
        description = "Lists every entity downstream of QUALIFIED_NAME with its distance, type and owner.")
final class LineageDownstreamCommand extends LineageWalkCommand {

    @Override
    boolean downstream() {
        return true;
    }
}
