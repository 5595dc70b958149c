package org.steward.app.cli;

import picocli.CommandLine.Command;

/** {@code steward mask}: masking previews, DDL and rules. */
@Command(name = "mask", mixinStandardHelpOptions = true,
        description = "Previews masking on a dataset's samples, writes masking DDL and sets masking rules.",
        subcommands = {MaskPreviewCommand.class, MaskDdlCommand.class, MaskRuleCommand.class})
final class MaskCommand {
}
