package org.selfcheck.api;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.selfcheck.shared.ControlCharacters;
import org.selfcheck.shared.JsonP;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the first string of a JSON document, value or member name, that holds a control character
 * ({@link ControlCharacters}), and names where it is: {@code description}, {@code participants[2].name}. A document
 * that is not JSON is left to the JSON binding, which answers {@code invalid.json}.
 */
public final class JsonStrings {

    private JsonStrings() {
    }

    public static Optional<String> firstWithControlCharacter(byte[] json) {
        Deque<Frame> path = new ArrayDeque<>();
        try (JsonParser parser = JsonP.PROVIDER.createParser(new ByteArrayInputStream(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (!path.isEmpty()) {
                            path.peek().advance();
                        }
                        path.push(new Frame(event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        path.peek().key = parser.getString();
                        if (ControlCharacters.present(parser.getString())) {
                            return Optional.of(name(path));
                        }
                    }
                    case VALUE_STRING -> {
                        if (!path.isEmpty()) {
                            path.peek().advance();
                        }
                        if (ControlCharacters.present(parser.getString())) {
                            return Optional.of(path.isEmpty() ? "body" : name(path));
                        }
                    }
                    default -> {
                        if (!path.isEmpty()) {
                            path.peek().advance();
                        }
                    }
                }
            }
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String name(Deque<Frame> path) {
        StringBuilder name = new StringBuilder();
        java.util.Iterator<Frame> outermostFirst = path.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame f = outermostFirst.next();
            if (f.array) {
                name.append('[').append(f.index).append(']');
            } else if (f.key != null) {
                name.append(name.length() == 0 ? "" : ".").append(f.key);
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    /** An object (the member being read) or an array (the index of the element being read) on the way down. */
    private static final class Frame {
        final boolean array;
        String key;
        int index = -1;

        Frame(boolean array) {
            this.array = array;
        }

        void advance() {
            if (array) {
                index++;
            }
        }
    }
}
