package org.steward.views.catalog;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.steward.model.catalog.ClassificationAssignment;
import org.steward.model.catalog.Entity;
import org.steward.model.catalog.EntityDetails;
import org.steward.model.change.ChangeKind;
import org.steward.model.change.OverlaidDetails;
import org.steward.views.common.Badges;
import org.steward.views.common.Glyph;
import org.steward.views.common.LabelBadges;

/** The right-hand pane: everything about the selected entity, with pending changes overlaid and marked. */
final class EntityDetailPane {
    private final Label icon = new Label();
    private final Label name = new Label();
    private final Label type = new Label();
    private final TextField qualifiedName = new TextField();
    private final Label location = new Label();
    private final DescriptionEditor description;
    private final DetailSection descriptionSection;
    private final OwnerField owner;
    private final DetailSection ownerSection;
    private final GlossaryTermsField terms;
    private final DetailSection termsSection;
    private final FlowPane classifications = new FlowPane(4, 4);
    private final Label lineage = new Label();
    private final GridPane attributes = new GridPane();
    private final ColumnsTable columns = new ColumnsTable();
    private final DetailSection columnsSection;
    private final DetailSection classificationsSection;
    private final DetailSection retentionSection;
    private final RetentionSection retention;
    private final DetailSection attributesSection;
    private final ScrollPane scroll;
    private String pendingFocus = "";
    private final VBox content = new VBox(12);
    private final Label empty = new Label("Select a dataset, column, process or dashboard to see its details.");
    private final StackPane root;

    private final ProcessPropagationField processPropagation;
    private final DetailSection propagationSection;
    private final EntityDetailViewModel model;
    private Classifying classifying = Classifying.NONE;

    /** What the pane asks the catalog to do with classifications. */
    interface Classifying {
        Classifying NONE = new Classifying() {
            @Override
            public void classify(java.util.List<Entity> targets) {
            }

            @Override
            public void remove(java.util.List<Entity> targets, String classification) {
            }
        };

        void classify(java.util.List<Entity> targets);

        void remove(java.util.List<Entity> targets, String classification);
    }

    EntityDetailPane(EntityDetailViewModel model, Runnable openLineage, RetentionSection retention,
                     Runnable openMasking) {
        this.model = model;
        description = new DescriptionEditor(model::saveDescription);
        descriptionSection = new DetailSection("Description", "description", description.node(),
                description.editButton());
        owner = new OwnerField(model.owners(), model::changeOwner);
        ownerSection = new DetailSection("Owner", "owner", owner.node());
        terms = new GlossaryTermsField(model.glossaryTerms(), model::addGlossaryTerm, model::removeGlossaryTerm);
        termsSection = new DetailSection("Glossary terms", "terms", terms.node(), terms.addButton());
        Button masking = new Button("Masking…", Glyph.PRIVACY.icon());
        masking.setId("open-masking");
        masking.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        masking.setTooltip(new Tooltip("Preview masking on the samples and generate masking DDL"));
        masking.setOnAction(event -> openMasking.run());
        columnsSection = new DetailSection("Columns", "columns", columns.node(), masking);
        Button classify = new Button("Classify…", Glyph.CLASSIFY.icon());
        classify.setId("classify-entity");
        classify.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        classify.setTooltip(new Tooltip("Add a classification to this entity as a pending change"));
        classify.setOnAction(event -> current().ifPresent(entity -> classifying.classify(java.util.List.of(entity))));
        classificationsSection = new DetailSection("Classifications", "classifications", classifications, classify);
        processPropagation = new ProcessPropagationField(model::setProcessRule);
        propagationSection = new DetailSection("Propagation", "propagation", processPropagation.node());
        columns.onClassify(targets -> classifying.classify(targets),
                (targets, name) -> classifying.remove(targets, name));
        retentionSection = new DetailSection("Retention and DPIA", "retention", retention.node());
        attributesSection = new DetailSection("Attributes", "attributes", attributes);
        this.retention = retention;
        retentionSection.node().visibleProperty().bind(retention.node().visibleProperty());
        retentionSection.node().managedProperty().bind(retention.node().visibleProperty());

        name.setId("detail-name");
        name.getStyleClass().addAll(Styles.TITLE_3, "detail-name");
        name.setWrapText(true);
        type.getStyleClass().addAll("badge", "type-badge");
        HBox title = new HBox(8, icon, name, type);
        title.setAlignment(Pos.CENTER_LEFT);
        qualifiedName.setId("qualified-name");
        qualifiedName.setEditable(false);
        qualifiedName.getStyleClass().add("qualified-name");
        qualifiedName.setAccessibleText("Qualified name");
        HBox.setHgrow(qualifiedName, Priority.ALWAYS);
        Button copy = new Button(null, Glyph.COPY.icon());
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        copy.setAccessibleText("Copy qualified name");
        copy.setTooltip(new Tooltip("Copy qualified name (Ctrl+Shift+C)"));
        copy.setOnAction(event -> copyQualifiedName());
        Button lineageButton = new Button(null, Glyph.LINEAGE.icon());
        lineageButton.setId("open-lineage");
        lineageButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        lineageButton.setAccessibleText("Open lineage");
        lineageButton.setTooltip(new Tooltip("Show this entity's lineage graph (Ctrl+L)"));
        lineageButton.setOnAction(event -> openLineage.run());
        HBox qualified = new HBox(4, qualifiedName, copy, lineageButton);
        qualified.setAlignment(Pos.CENTER_LEFT);
        location.getStyleClass().add("muted");
        location.setGraphic(Glyph.SOURCE.icon());
        lineage.getStyleClass().add("lineage-counts");
        attributes.getStyleClass().add("attributes");
        attributes.setHgap(12);
        attributes.setVgap(2);
        classifications.setId("classifications");

        VBox header = new VBox(4, title, qualified, location);
        content.getStyleClass().add("detail-content");
        content.getChildren().addAll(header, descriptionSection.node(), ownerSection.node(), termsSection.node(),
                classificationsSection.node(), propagationSection.node(), retentionSection.node(),
                new DetailSection("Lineage", "lineage", lineage).node(), attributesSection.node(),
                columnsSection.node());
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(24, 24);
        loading.visibleProperty().bind(model.loadingProperty());
        StackPane.setAlignment(loading, Pos.TOP_RIGHT);
        empty.getStyleClass().addAll("muted", "empty-state");
        empty.setWrapText(true);
        root = new StackPane(empty, scroll, loading);
        root.setId("detail-pane");
        root.getStyleClass().add("detail-pane");
        scroll.visibleProperty().bind(model.detailsProperty().isNotNull());
        empty.visibleProperty().bind(model.detailsProperty().isNull());
        model.detailsProperty().addListener((observable, old, now) -> show(now));
        model.processRuleProperty().addListener((observable, old, now) -> processPropagation.show(now));
    }

    void setClassifying(Classifying classifying) {
        this.classifying = classifying;
    }

    private java.util.Optional<Entity> current() {
        OverlaidDetails shown = model.detailsProperty().get();
        return shown == null ? java.util.Optional.empty() : java.util.Optional.of(shown.details().entity());
    }

    StackPane node() {
        return root;
    }

    void focus() {
        description.editButton().requestFocus();
    }

    /**
     * Brings a section into view once the next entity is shown, for fix-its from the Policies area: {@code owner}
     * focuses the owner picker, {@code retention} the declared period and {@code dpia} the DPIA reference;
     * {@code classifications} and {@code attributes} scroll to them.
     */
    void focusSectionWhenShown(String section) {
        pendingFocus = section == null ? "" : section;
    }

    private void applyPendingFocus() {
        String section = pendingFocus;
        pendingFocus = "";
        javafx.scene.Node target = switch (section) {
            case "owner" -> ownerSection.node();
            case "classifications" -> classificationsSection.node();
            case "retention", "dpia" -> retentionSection.node();
            case "attributes" -> attributesSection.node();
            default -> null;
        };
        if (target == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            content.applyCss();
            content.layout();
            double room = content.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, target.getBoundsInParent().getMinY() / room));
            switch (section) {
                case "owner" -> owner.node().requestFocus();
                case "retention" -> retention.focusPeriod();
                case "dpia" -> retention.focusDpia();
                default -> { }
            }
        });
    }

    void copyQualifiedName() {
        if (!qualifiedName.getText().isEmpty()) {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(qualifiedName.getText());
            Clipboard.getSystemClipboard().setContent(clip);
        }
    }

    private void show(OverlaidDetails overlaid) {
        if (overlaid == null) {
            return;
        }
        EntityDetails details = overlaid.details();
        Entity entity = details.entity();
        icon.setGraphic(Glyph.of(entity.type()).icon());
        name.setText(entity.name());
        type.setText(entity.subtype().isBlank() ? entity.type().label() : entity.subtype().replace('_', ' '));
        qualifiedName.setText(entity.qualifiedName());
        location.setText(ResultsTable.location(entity));
        description.show(entity.description());
        descriptionSection.setPending(overlaid.isPending(ChangeKind.DESCRIPTION));
        owner.show(details.owner(), entity.owner());
        ownerSection.setPending(overlaid.isPending(ChangeKind.OWNER));
        terms.show(details.glossaryTerms());
        termsSection.setPending(overlaid.isPending(ChangeKind.GLOSSARY_TERMS));
        retentionSection.setPending(overlaid.isPending(ChangeKind.ATTRIBUTE));
        classifications.getChildren().setAll(LabelBadges.of(details.classifications(),
                name -> overlaid.isLabelPending(entity.id(), name),
                name -> classifying.remove(java.util.List.of(entity), name), true));
        classificationsSection.setPending(overlaid.labelsPending(entity.id()));
        boolean process = entity.type() == org.steward.model.catalog.EntityType.PROCESS;
        propagationSection.node().setVisible(process);
        propagationSection.node().setManaged(process);
        processPropagation.show(model.processRuleProperty().get());
        if (details.classifications().isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().addAll("muted", "placeholder");
            classifications.getChildren().add(none);
        }
        lineage.setText("↑ " + details.upstreamCount() + " upstream   ↓ " + details.downstreamCount()
                + " downstream");
        showAttributes(details.attributes());
        columns.show(overlaid);
        columnsSection.node().setVisible(!details.columns().isEmpty());
        columnsSection.node().setManaged(!details.columns().isEmpty());
        applyPendingFocus();
    }

    private void showAttributes(Map<String, String> values) {
        attributes.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().add("muted");
            attributes.addRow(row++, key, new Label(entry.getValue()));
        }
        if (values.isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().addAll("muted", "placeholder");
            attributes.addRow(0, none);
        }
    }
}
