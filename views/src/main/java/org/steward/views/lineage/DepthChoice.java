package org.steward.views.lineage;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** A depth picker: 1…10 hops or "All", bound both ways to a view-model depth. */
final class DepthChoice {

    private DepthChoice() {
    }

    static ComboBox<Integer> create(String id, String label, javafx.beans.property.IntegerProperty depth) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            values.add(i);
        }
        values.add(LineageViewModel.ALL);
        ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setAccessibleText(label);
        box.setTooltip(new Tooltip(label));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value == LineageViewModel.ALL ? "All" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return "All".equalsIgnoreCase(text) ? LineageViewModel.ALL : Integer.valueOf(text);
            }
        });
        box.setValue(depth.get());
        box.valueProperty().addListener((observable, old, now) -> {
            if (now != null && now != depth.get()) {
                depth.set(now);
            }
        });
        depth.addListener((observable, old, now) -> box.setValue(now.intValue()));
        return box;
    }
}
