package org.selfcheck.region.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The divisions of GB/T 2260 as the data package names them, read from this jar: 31 provinces (codes of 2 digits),
 * their prefectures (4 digits) and their counties (6 digits), each with its parent. Codes are the prefixes a bureau's
 * jurisdiction is written in, so a jurisdiction and a site are named by the same rows. Hong Kong, Macao and Taiwan are
 * not in the package with codes, and the portal's sites are on the mainland.
 *
 * @param packageName the npm package the data comes from
 * @param version     its version
 * @param sha512      the SHA-512 of its tarball, as checked at build time
 */
public record RegionDataset(String packageName, String version, String sha512, List<Division> divisions) {

    private static final String BASE = "/org/selfcheck/region/data/";

    /** One division: its code, name as the package writes it, the code of the division it lies in (none for a province). */
    public record Division(String code, String name, String parentCode) {

        /** 1 province, 2 prefecture, 3 county. */
        public int level() {
            return code.length() / 2;
        }
    }

    /** The dataset packaged in this jar. */
    public static RegionDataset bundled() {
        Properties properties = new Properties();
        try (InputStream in = open("dataset.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Division> divisions = new ArrayList<>();
        read("provinces.csv", 2, -1, divisions);
        read("cities.csv", 4, 2, divisions);
        read("areas.csv", 6, 2, divisions);
        return new RegionDataset(properties.getProperty("package"), properties.getProperty("version"),
                properties.getProperty("sha512"), List.copyOf(divisions));
    }

    /**
     * Reads rows {@code code,"name",parent,…}: the parent is the third column (a county's prefecture, a prefecture's
     * province), absent for provinces.
     */
    private static void read(String file, int codeLength, int parentColumn, List<Division> into) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("code,name")) {
                throw new IllegalStateException(file + ": not the package's format (header " + header + ")");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                String code = columns[0].strip();
                String name = unquote(columns[1]);
                if (!code.matches("\\d{" + codeLength + "}") || name.isEmpty()) {
                    throw new IllegalStateException(file + ": malformed row " + line);
                }
                String parent = parentColumn < 0 ? null : columns[parentColumn].strip();
                into.add(new Division(code, name, parent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String field) {
        String s = field.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static InputStream open(String file) {
        InputStream in = RegionDataset.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("region data " + file + " is missing from the jar (build module region-data)");
        }
        return in;
    }
}
