package org.steward.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.MaskingFunctions;
import org.steward.model.masking.OverrideScope;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward mask rule}: chooses the masking rule for a classification or a column, or goes back to default. */
@Command(name = "rule", mixinStandardHelpOptions = true,
        description = "Sets the masking rule of a classification (every column it labels) or of one column. RULE is"
                + " one of: " + MaskingFunctions.SYNTAX + "; 'default' goes back to the taxonomy's rule.")
final class MaskRuleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Parameters(index = "0", paramLabel = "RULE", description = "The rule, or 'default'.")
    String rule;

    static final class Target {
        @Option(names = "--classification", paramLabel = "NAME", description = "A classification, e.g. PII.Email.")
        String classification;

        @Option(names = "--column", paramLabel = "QUALIFIED_NAME", description = "A column's qualified name.")
        String column;
    }

    @Override
    public Integer call() {
        Optional<MaskingFunction> chosen;
        try {
            chosen = "default".equalsIgnoreCase(rule.trim()) ? Optional.empty()
                    : Optional.of(MaskingFunctions.parse(rule));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        OverrideScope scope = target.column != null ? OverrideScope.COLUMN : OverrideScope.CLASSIFICATION;
        String name = target.column != null ? target.column : target.classification;
        try (Workspace open = workspace.open()) {
            if (scope == OverrideScope.COLUMN && open.catalog().entityByQualifiedName(name).isEmpty()) {
                throw new UserError("there is no column '" + name + "' in workspace " + open.name());
            }
            open.masking().setRule(scope, name, chosen, System.getProperty("user.name", "unknown"));
        }
        spec.commandLine().getOut().printf("%s %s: %s%n", scope == OverrideScope.COLUMN ? "Column" : "Classification",
                name, chosen.map(MaskingFunction::id).orElse("back to the taxonomy's default"));
        return 0;
    }
}
