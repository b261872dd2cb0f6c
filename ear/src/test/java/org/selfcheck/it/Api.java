package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls to the portal's REST API as one user (or anonymously), answering status and JSON body. */
final class Api {

    private final String token;
    private final String language;

    private Api(String token, String language) {
        this.token = token;
        this.language = language;
    }

    static Api as(Keycloak.User user) {
        return new Api(user.token(), "zh-CN");
    }

    /** With a bearer token obtained some other way (e.g. another client's token of the realm). */
    static Api withToken(String token) {
        return new Api(token, "zh-CN");
    }

    static Api anonymous() {
        return new Api(null, "zh-CN");
    }

    Api inEnglish() {
        return new Api(token, "en");
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return Http.read(body);
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** GET of a URL outside the portal's public interface, e.g. the management interface's health checks. */
    Answer getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A download: status, content type and bytes. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path) {
        HttpResponse<byte[]> r = Http.sendForBytes(request(path).setHeader("Accept", "*/*").GET().build());
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts raw bytes (a file) with a content type. */
    Answer post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a text file as a file (application/octet-stream), as the catalogue import takes it. */
    Answer postFile(String path, String text) {
        return post(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/octet-stream");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Deployments.PORTAL + path))
                .header("Accept", "application/json").header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Answer send(HttpRequest.Builder request) {
        HttpResponse<String> r = Http.send(request.build());
        return new Answer(r.statusCode(), r.body());
    }
}
