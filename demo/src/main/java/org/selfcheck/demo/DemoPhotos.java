package org.selfcheck.demo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Photos for the demo's hazards: a plant-floor scene (a vessel, piping and a warning sign) drawn as a JPEG. */
final class DemoPhotos {

    private DemoPhotos() {
    }

    /** A 960×720 JPEG; {@code seed} varies the scene, so that two photos are not the same file. */
    static byte[] jpeg(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(196, 204, 210), 0, 720, new Color(120, 126, 130)));
        g.fillRect(0, 0, 960, 720);
        g.setColor(new Color(90, 92, 96));
        g.fillRect(0, 560, 960, 160);
        int x = 180 + random.nextInt(200);
        g.setColor(new Color(222, 224, 226));
        g.fillRoundRect(x, 140, 240, 420, 120, 60);
        g.setColor(new Color(70, 110, 160));
        g.setStroke(new BasicStroke(18));
        g.drawLine(x + 240, 260, 900, 260);
        g.drawLine(x - 160, 420, x, 420);
        g.setColor(new Color(240, 200, 40));
        g.fillPolygon(new int[]{720, 800, 640}, new int[]{360, 500, 500}, 3);
        g.setColor(Color.BLACK);
        g.fillRect(716, 400, 8, 60);
        g.fillOval(714, 470, 12, 12);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
