package org.proclab.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lost-update colour and the first lanes (main, worker-1, worker-2) must stay apart for a learner with
 * red-green colour blindness: each theme's colours are simulated (Machado, Oliveira and Fernandes 2009,
 * full severity, in linear RGB) and compared in CIELAB. The old orange lost mark was 18 from worker-1's
 * amber under deuteranopia; distinct colours here are 30 or more apart.
 */
class ColourBlindPaletteTest {
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final double[][] PROTAN = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTAN = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}};
    private static final List<String> KEYS = List.of("-pl-bad", "-pl-series-0", "-pl-series-1", "-pl-series-2");

    @Test
    void lostUpdatesAndTheFirstLanesStayApartInBothThemes() throws IOException {
        for (String theme : List.of("light", "dark")) {
            String css = Files.readString(Path.of("assets/themes/" + theme + ".css"));
            for (int i = 0; i < KEYS.size(); i++) {
                for (int j = i + 1; j < KEYS.size(); j++) {
                    for (Map.Entry<String, double[][]> vision : Map.of("normal", NORMAL, "protanopia", PROTAN,
                            "deuteranopia", DEUTAN).entrySet()) {
                        double d = distance(colour(css, KEYS.get(i)), colour(css, KEYS.get(j)), vision.getValue());
                        assertTrue(d >= 30, theme + ": " + KEYS.get(i) + " and " + KEYS.get(j) + " are only "
                                + Math.round(d) + " apart with " + vision.getKey());
                    }
                }
            }
        }
    }

    private static double[] colour(String css, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + ":\\s*#([0-9a-fA-F]{6});").matcher(css);
        assertTrue(m.find(), key + " in the theme");
        int rgb = Integer.parseInt(m.group(1), 16);
        return new double[] {linear((rgb >> 16 & 255) / 255.0), linear((rgb >> 8 & 255) / 255.0),
                linear((rgb & 255) / 255.0)};
    }

    private static double distance(double[] a, double[] b, double[][] vision) {
        double[] la = lab(simulate(a, vision));
        double[] lb = lab(simulate(b, vision));
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] simulate(double[] rgb, double[][] m) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2];
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
