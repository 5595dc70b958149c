package org.steward.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.masking.DdlOptions;
import org.steward.model.masking.MaskingDdl;
import org.steward.model.masking.MaskingPlan;
import org.steward.model.masking.MaskingSalt;
import org.steward.model.masking.SqlDialect;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward mask ddl QUALIFIED_NAME --dialect …}: the masked view or masking policies for a dataset. */
@Command(name = "ddl", mixinStandardHelpOptions = true,
        description = "Writes the DDL that masks the dataset QUALIFIED_NAME: a masked view for PostgreSQL, masking"
                + " policies for Snowflake. The workspace's salt stays out of the script unless --include-salt is"
                + " given.")
final class MaskDdlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(index = "0", paramLabel = "QUALIFIED_NAME", description = "The dataset.")
    String qualifiedName;

    @Option(names = "--dialect", paramLabel = "postgresql|snowflake", required = true,
            description = "The warehouse to write for.")
    String dialect;

    @Option(names = "--include-salt", description = "Write the workspace's secret salt into the script.")
    boolean includeSalt;

    @Option(names = "--unmasked-role", paramLabel = "ROLE",
            description = "A Snowflake role that sees real values (repeatable; default " + DdlOptions.DEFAULT_ROLE
                    + ").")
    List<String> roles = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the script to FILE instead of"
            + " standard output.")
    Path out;

    @Override
    public Integer call() {
        SqlDialect target = SqlDialect.byId(dialect).orElseThrow(() ->
                new UserError("--dialect must be postgresql or snowflake, not '" + dialect + "'"));
        DdlOptions options;
        try {
            options = new DdlOptions(includeSalt, roles);
        } catch (IllegalArgumentException e) {
            throw new UserError("--unmasked-role: " + e.getMessage());
        }
        MaskingPlan plan;
        MaskingSalt salt;
        try (Workspace open = workspace.open()) {
            plan = MaskingOptions.plan(open, qualifiedName);
            salt = open.masking().salt();
        }
        String script = MaskingDdl.generate(plan, target, options, salt);
        if (out == null) {
            spec.commandLine().getOut().print(script);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Files.writeString(out, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Wrote %s DDL for %s (%d masked columns) to %s%n", target.id(),
                plan.dataset().qualifiedName(), plan.maskedColumns().size(), out);
        return 0;
    }
}
