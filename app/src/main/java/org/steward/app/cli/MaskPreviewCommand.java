package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.steward.model.masking.ColumnMasking;
import org.steward.model.masking.MaskingFunction;
import org.steward.model.masking.MaskingPlan;
import org.steward.model.masking.MaskingSalt;
import org.steward.model.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steward mask preview QUALIFIED_NAME}: each column's rule and its samples before and after masking. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Shows, per column of the dataset QUALIFIED_NAME, its classifications, the masking rule and"
                + " each sample value next to its masked value.")
final class MaskPreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptionMixin workspace;

    @Parameters(index = "0", paramLabel = "QUALIFIED_NAME", description = "The dataset.")
    String qualifiedName;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        MaskingPlan plan;
        MaskingSalt salt;
        try (Workspace open = workspace.open()) {
            plan = MaskingOptions.plan(open, qualifiedName);
            salt = open.masking().salt();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(document(plan, salt)));
            return 0;
        }
        out.printf("Masking preview of %s (%d of %d columns masked)%n", plan.dataset().qualifiedName(),
                plan.maskedColumns().size(), plan.columns().size());
        for (ColumnMasking column : plan.columns()) {
            out.printf("%n  %s  %s%n", column.name(), column.dataType());
            out.printf("    classifications: %s%n", column.classifications().isEmpty() ? "none"
                    : String.join(", ", column.classifications()));
            out.printf("    rule: %s (%s)%n", column.function().map(MaskingFunction::id).orElse("none"),
                    column.source().label());
            List<String> masked = column.maskedSamples(salt);
            for (int i = 0; i < column.samples().size(); i++) {
                out.printf("    %s  →  %s%n", column.samples().get(i), masked.get(i));
            }
        }
        return 0;
    }

    private static Map<String, Object> document(MaskingPlan plan, MaskingSalt salt) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("dataset", plan.dataset().qualifiedName());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnMasking column : plan.columns()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", column.name());
            row.put("qualifiedName", column.qualifiedName());
            row.put("dataType", column.dataType());
            row.put("classifications", column.classifications());
            row.put("rule", column.function().map(MaskingFunction::id).orElse(null));
            row.put("ruleSource", column.source().name().toLowerCase(Locale.ROOT));
            row.put("decidedBy", column.decidedBy().orElse(null));
            List<Map<String, String>> samples = new ArrayList<>();
            List<String> masked = column.maskedSamples(salt);
            for (int i = 0; i < column.samples().size(); i++) {
                Map<String, String> pair = new LinkedHashMap<>();
                pair.put("sample", column.samples().get(i));
                pair.put("masked", masked.get(i));
                samples.add(pair);
            }
            row.put("samples", samples);
            columns.add(row);
        }
        document.put("columns", columns);
        return document;
    }
}
