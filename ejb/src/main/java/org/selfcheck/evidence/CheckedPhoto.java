package org.selfcheck.evidence;

/**
 * A photo that passed {@link Photos#check}: its type as read from the content (not as the browser declared it),
 * its dimensions in pixels, its size in bytes and its SHA-256 checksum in lowercase hex.
 */
public record CheckedPhoto(String contentType, int width, int height, long size, String sha256) {
}
