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
    private final VBox content = new VBox(12);
    private final Label empty = new Label("Select a dataset, column, process or dashboard to see its details.");
    private final StackPane root;

    EntityDetailPane(EntityDetailViewModel model, Runnable openLineage, Runnable openMasking) {
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
                new DetailSection("Classifications", "classifications", classifications).node(),
                new DetailSection("Lineage", "lineage", lineage).node(),
                new DetailSection("Attributes", "attributes", attributes).node(), columnsSection.node());
        ScrollPane scroll = new ScrollPane(content);
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
    }

    StackPane node() {
        return root;
    }

    void focus() {
        description.editButton().requestFocus();
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
        classifications.getChildren().clear();
        for (ClassificationAssignment label : details.classifications()) {
            classifications.getChildren().add(Badges.classification(label.classification(), label.direct(),
                    label.originQualifiedName()));
            if (!label.direct()) {
                Label origin = new Label("propagated from " + label.originQualifiedName());
                origin.getStyleClass().addAll("muted", "propagation");
                classifications.getChildren().add(origin);
            }
        }
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
