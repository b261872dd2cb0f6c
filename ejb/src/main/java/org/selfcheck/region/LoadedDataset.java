package org.selfcheck.region;

import java.time.Instant;

/** The data package the region directory was loaded from: its name, version, how many divisions, and when. */
public record LoadedDataset(String packageName, String version, int divisions, Instant loadedAt) {
}
