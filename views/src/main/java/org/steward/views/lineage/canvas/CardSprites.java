package org.steward.views.lineage.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Plain card bodies (a rounded fill with its outline) drawn once per size, colours and scale, then copied to whole
 * pixels: the software pipeline copies an image several times faster than it fills and strokes a rounded rectangle.
 * A card lands at most half a pixel from where drawing it would put it.
 */
final class CardSprites {
    private static final int MAX_SPRITES = 48;

    private final Canvas paper = new Canvas();
    private final SnapshotParameters parameters = new SnapshotParameters();
    private final Map<Key, Sprite> sprites = new HashMap<>();

    CardSprites() {
        parameters.setFill(Color.TRANSPARENT);
    }

    /**
     * Draws the body of the card at (x, y, width, height) in world units under the transform scale × world +
     * (translateX, translateY), which the context has and keeps.
     */
    void draw(GraphicsContext gc, double x, double y, double width, double height, double radius, Color fill,
              Color border, double scale, double translateX, double translateY) {
        Key key = new Key(width, height, radius, fill, border, scale);
        Sprite sprite = sprites.get(key);
        if (sprite == null) {
            if (sprites.size() >= MAX_SPRITES) {
                sprites.clear();
            }
            sprite = render(key);
            sprites.put(key, sprite);
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(sprite.image(), Math.round(x * scale + translateX) - sprite.pad(),
                Math.round(y * scale + translateY) - sprite.pad());
        gc.setTransform(scale, 0, 0, scale, translateX, translateY);
    }

    private Sprite render(Key key) {
        if (paper.getScene() == null) {
            new Scene(new Group(paper));
        }
        double line = Math.max(1, 1 / key.scale());
        int pad = (int) Math.ceil(line * key.scale() / 2) + 1;
        paper.setWidth(Math.ceil(key.width() * key.scale()) + 2 * pad);
        paper.setHeight(Math.ceil(key.height() * key.scale()) + 2 * pad);
        GraphicsContext gc = paper.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, paper.getWidth(), paper.getHeight());
        gc.setTransform(key.scale(), 0, 0, key.scale(), pad, pad);
        gc.setFill(key.fill());
        gc.fillRoundRect(0, 0, key.width(), key.height(), key.radius(), key.radius());
        gc.setStroke(key.border());
        gc.setLineWidth(line);
        gc.strokeRoundRect(0, 0, key.width(), key.height(), key.radius(), key.radius());
        return new Sprite(paper.snapshot(parameters, null), pad);
    }

    private record Key(double width, double height, double radius, Color fill, Color border, double scale) {
    }

    private record Sprite(WritableImage image, int pad) {
    }
}
