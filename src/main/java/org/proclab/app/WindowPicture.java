package org.proclab.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * A scene written as a PNG, with the popups its window shows drawn in at their places (a scene's snapshot
 * leaves them out: each popup is a window of its own), so a hover message appears as the learner sees it.
 */
final class WindowPicture {
    private WindowPicture() {
    }

    static void write(Scene scene, Path file) throws IOException {
        BufferedImage window = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        // PNG has no alpha to keep; an RGB image is a third smaller.
        BufferedImage rgb = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(window, 0, 0, null);
        double originX = scene.getWindow().getX() + scene.getX();
        double originY = scene.getWindow().getY() + scene.getY();
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && ((PopupWindow) w).getOwnerWindow() == scene.getWindow()
                    && w.getScene() != null) {
                BufferedImage popup = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                g.drawImage(popup, (int) Math.round(w.getX() + w.getScene().getX() - originX),
                        (int) Math.round(w.getY() + w.getScene().getY() - originY), null);
            }
        }
        g.dispose();
        Path out = file.toAbsolutePath();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        ImageIO.write(rgb, "png", out.toFile());
    }
}
