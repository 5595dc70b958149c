package org.steward.views.users;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.steward.model.identity.Role;
import org.steward.model.identity.User;
import org.steward.views.common.Glyph;

/** Users…: the workspace's users and roles; an admin adds users or changes roles (select a row to edit it). */
public final class UsersDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public UsersDialog(Window owner, UsersViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Users");
        dialog.setHeaderText("Who may edit (steward), review (reviewer, compliance officer) or only read (viewer)."
                + "\nSelect a user to change their roles.");
        TableView<User> table = new TableView<>(model.users());
        table.setId("users-table");
        table.setPrefSize(520, 220);
        TableColumn<User, String> name = new TableColumn<>("User");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setPrefWidth(180);
        TableColumn<User, String> roles = new TableColumn<>("Roles");
        roles.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().rolesText()));
        roles.setPrefWidth(320);
        table.getColumns().add(name);
        table.getColumns().add(roles);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                model.edit(now);
            }
        });

        TextField userName = new TextField();
        userName.setId("users-name");
        userName.setPromptText("user name, e.g. rhea.reviewer");
        userName.setPrefColumnCount(24);
        userName.textProperty().bindBidirectional(model.nameProperty());
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(userName);
        FlowPane roleBoxes = new FlowPane(12, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(role.label());
            box.setId("users-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            box.setTooltip(new Tooltip(role.description()));
            box.setSelected(model.roles().contains(role));
            box.selectedProperty().addListener((observable, old, now) -> {
                if (now) {
                    model.roles().add(role);
                } else {
                    model.roles().remove(role);
                }
            });
            model.roles().addListener((SetChangeListener<Role>) change ->
                    box.setSelected(model.roles().contains(role)));
            roleBoxes.getChildren().add(box);
        }
        Button save = new Button("Save user", Glyph.SAVE.icon());
        save.setId("users-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(model.canManageProperty()).then(model.messageProperty())
                .otherwise(model.whyNotProperty()));
        VBox form = new VBox(6, new HBox(8, nameLabel, userName), roleBoxes, new HBox(8, save), message);
        form.disableProperty().bind(model.canManageProperty().not());
        Tooltip.install(form, new Tooltip("Only an admin adds users and changes roles"));
        VBox content = new VBox(10, table, form, message);
        content.setPadding(new Insets(4));
        form.getChildren().remove(message);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
