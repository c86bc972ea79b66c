package org.segmentstudio.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (three customer segments, each round its centre, on a blue tile) and writes
 * it in the formats the installers want: {@code assets/icon.png} (Linux), {@code assets/icon.ico}
 * (Windows, PNG entries) and {@code assets/icon.icns} (macOS), plus the window icons under
 * {@code src/main/resources/org/segmentstudio/icons/}. The files are committed; re-run after a
 * design change:
 *
 * <pre>mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.segmentstudio.tools.IconMaker -Dexec.classpathScope=test</pre>
 */
public final class IconMaker {
    private static final double[][] CENTRES = {{0.30, 0.34}, {0.71, 0.38}, {0.46, 0.72}};
    private static final Color[] SEGMENT_COLOURS = {
        new Color(0xFDE68A), new Color(0xA7F3D0), new Color(0xFBCFE8)};
    /** Offsets of the customers round each centre, in units of the icon's size. */
    private static final double[][] SPREAD = {{-0.10, -0.05}, {0.08, -0.08}, {0.10, 0.05}, {-0.06, 0.09}, {0.01, 0.12}};

    private IconMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path assets = Files.createDirectories(root.resolve("assets"));
        Path windowIcons = Files.createDirectories(root.resolve("src/main/resources/org/segmentstudio/icons"));
        ImageIO.write(draw(512), "png", assets.resolve("icon.png").toFile());
        for (int size : List.of(16, 32, 48, 64, 128, 256)) {
            ImageIO.write(draw(size), "png", windowIcons.resolve("app-" + size + ".png").toFile());
        }
        Files.write(assets.resolve("icon.ico"), ico(List.of(16, 24, 32, 48, 64, 128, 256)));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("ic11", 32);
        icns.put("ic12", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic13", 256);
        icns.put("ic09", 512);
        icns.put("ic14", 512);
        icns.put("ic10", 1024);
        Files.write(assets.resolve("icon.icns"), icns(icns));
    }

    /** The icon at one size, drawn for that size rather than scaled, so small sizes stay crisp. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double margin = size * 0.06;
        double tile = size - 2 * margin;
        g.setPaint(new GradientPaint((float) margin, (float) margin, new Color(0x2563EB),
                (float) (margin + tile), (float) (margin + tile), new Color(0x6D28D9)));
        g.fill(new RoundRectangle2D.Double(margin, margin, tile, tile, tile * 0.44, tile * 0.44));
        boolean small = size < 32;
        for (int s = 0; s < CENTRES.length; s++) {
            double cx = margin + CENTRES[s][0] * tile;
            double cy = margin + CENTRES[s][1] * tile;
            g.setColor(SEGMENT_COLOURS[s]);
            if (small) {
                circle(g, cx, cy, tile * 0.12);
                continue;
            }
            for (double[] d : SPREAD) {
                circle(g, cx + d[0] * tile * 1.45, cy + d[1] * tile * 1.45, tile * 0.036);
            }
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(1.2, tile * 0.028)));
            double r = tile * 0.055;
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            circle(g, cx, cy, tile * 0.022);
        }
        g.dispose();
        return img;
    }

    private static void circle(Graphics2D g, double cx, double cy, double r) {
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int s : sizes) {
            images.add(png(s));
        }
        int offset = 6 + 16 * sizes.size();
        int total = offset + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int s = sizes.get(i);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(b::put);
        return b.array();
    }

    /** A macOS icon family: the 'icns' header, then one PNG per type code. */
    static byte[] icns(Map<String, Integer> types) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] png = png(e.getValue());
            body.write(e.getKey().getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            body.write(png);
        }
        ByteBuffer head = ByteBuffer.allocate(8);
        head.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + body.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        body.writeTo(out);
        return out.toByteArray();
    }
}
