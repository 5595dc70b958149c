package org.steward.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steward.app.UserError;
import org.steward.model.classification.Taxonomy;
import org.steward.model.policy.InvalidRulesException;
import org.steward.model.policy.PolicyReport;
import org.steward.model.policy.RuleBook;
import org.steward.model.policy.Severity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward check}: the policy rules as a CI gate, over a workspace or over dbt / OpenLineage files. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a workspace, a dbt project or OpenLineage events against the policy rules.",
            "Without --workspace the files are read into a workspace in memory; only --output is written."},
        footer = {"", "Exit codes: 0 no violation at or above --fail-on, 1 at least one,",
            "2 bad arguments, unreadable input or rules, or an internal error."})
public final class CheckCommand implements Callable<Integer> {
    public static final int VIOLATIONS = 1;
    public static final int INPUT_ERROR = 2;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CheckSubject subject;

    @Option(names = "--rules", paramLabel = "FILE", description = "Extra rules (same format as the standard rules);"
            + " rules with the same id replace standard ones. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or junit (JUnit XML). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a violation at or above this severity exists: info, low, medium, high, critical."
                    + " Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Override
    public Integer call() throws IOException {
        Severity threshold = Severity.parse(failOn).orElseThrow(() -> new UserError("--fail-on must be info, low,"
                + " medium, high or critical, not '" + failOn + "'"));
        CheckReportWriter writer = CheckReportWriter.of(format.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UserError("--format must be text, json or junit, not '" + format + "'"));
        if (output != null && output.getParent() != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new UserError("cannot write " + output + ": no such folder " + output.toAbsolutePath().getParent());
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        CheckSubject.Checked checked = subject.check(Taxonomy.standard(), RuleBook.standard(),
                this::withExtraRules, progress);
        PolicyReport report = checked.report();
        StringWriter text = new StringWriter();
        writer.write(new CheckReport(checked.label(), report, threshold, checked.readMillis()), new PrintWriter(text));
        if (output == null) {
            spec.commandLine().getOut().print(text);
        } else {
            Files.writeString(output, text.toString(), StandardCharsets.UTF_8);
        }
        if (output != null || !writer.equals(CheckReportWriter.TEXT)) {
            spec.commandLine().getErr().printf("steward check: %,d violations (%s) in %,d entities against %d rules;"
                    + " read in %,d ms, checked in %,d ms%s%n", report.violations().size(),
                    CheckReport.severitySummary(report), report.entitiesChecked(), report.rules().size(),
                    checked.readMillis(), report.millis(),
                    output == null ? "" : "; report in " + output);
        }
        return report.failsAt(threshold) ? VIOLATIONS : 0;
    }

    private RuleBook withExtraRules(RuleBook book) {
        RuleBook result = book;
        for (Path file : rules) {
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such rules file: " + file);
            }
            try {
                result = result.plus(file);
            } catch (IOException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage());
            } catch (InvalidRulesException e) {
                throw new UserError(e.getMessage());
            }
        }
        return result;
    }
}
