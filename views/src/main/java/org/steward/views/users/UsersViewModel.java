package org.steward.views.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.steward.model.identity.Permission;
import org.steward.model.identity.Role;
import org.steward.model.identity.User;
import org.steward.model.identity.UserDirectory;
import org.steward.views.task.BackgroundJob;
import org.steward.views.task.TaskExecutor;

/** The Users dialog's state: the workspace's users, and adding one (or changing roles) when the actor is an admin. */
public final class UsersViewModel {
    private final UserDirectory directory;
    private final String actor;
    private final TaskExecutor executor;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableSet<Role> roles = FXCollections.observableSet(EnumSet.noneOf(Role.class));
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper(this, "canManage");
    private final ReadOnlyStringWrapper whyNot = new ReadOnlyStringWrapper(this, "whyNot", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public UsersViewModel(UserDirectory directory, String actor, TaskExecutor executor) {
        this.directory = directory;
        this.actor = actor;
        this.executor = executor;
    }

    public void load() {
        executor.execute(BackgroundJob.quiet("Reading users", monitor -> new Loaded(directory.list(),
                directory.whyNot(actor, Permission.MANAGE_USERS)), loaded -> {
                    users.setAll(loaded.users());
                    canManage.set(loaded.whyNot().isEmpty());
                    whyNot.set(loaded.whyNot().orElse(""));
                }));
    }

    /** Puts a listed user's name and roles into the form, to change their roles. */
    public void edit(User user) {
        name.set(user.name());
        roles.clear();
        roles.addAll(user.roles());
    }

    public void save() {
        String chosen = name.get().strip();
        Set<Role> chosenRoles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        if (chosen.isEmpty() || chosenRoles.isEmpty()) {
            message.set("Give a name and at least one role.");
            return;
        }
        executor.execute(BackgroundJob.quiet("Saving user " + chosen,
                monitor -> directory.save(actor, chosen, chosenRoles), saved -> {
                    message.set("Saved " + saved.name() + ": " + saved.rolesText() + ".");
                    name.set("");
                    roles.clear();
                    load();
                }).onFailure(error -> message.set(error.getMessage())));
    }

    public ObservableList<User> users() {
        return users;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableSet<Role> roles() {
        return roles;
    }

    public ReadOnlyBooleanProperty canManageProperty() {
        return canManage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyNotProperty() {
        return whyNot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Loaded(List<User> users, Optional<String> whyNot) {
    }
}
