package io.symp.app;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an application declares about itself: name, version, state size, event types and,
 * optionally, a description of its state fields. Peers and logs refuse to mix applications
 * whose name, version, state size or code hash differ.
 */
public record AppInfo(String name, int version, int stateSize, List<EventType> eventTypes,
                      List<StateField> fields) {
    /**
     * Checks every rule an application's description must keep; a broken one is an
     * {@link IllegalArgumentException} naming the rule.
     */
    public AppInfo {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("app name must be lowercase [a-z][a-z0-9-]*, got '" + name + "'");
        }
        if (stateSize < 1) {
            throw new IllegalArgumentException("app " + name + ": state size must be at least 1 byte, got "
                    + stateSize);
        }
        eventTypes = List.copyOf(eventTypes);
        fields = List.copyOf(fields);
        Set<String> eventNames = new TreeSet<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (eventTypes.get(i).code() != i) {
                throw new IllegalArgumentException("event type " + eventTypes.get(i).name() + " must have code " + i);
            }
            if (!eventNames.add(eventTypes.get(i).name())) {
                throw new IllegalArgumentException("app " + name + ": event " + eventTypes.get(i).name()
                        + " is declared twice");
            }
        }
        Set<String> fieldNames = new TreeSet<>();
        for (StateField f : fields) {
            if ((long) f.offset() + f.length() > stateSize) {
                throw new IllegalArgumentException("field " + f.name() + " lies outside the state (" + stateSize + " bytes)");
            }
            if (!fieldNames.add(f.name())) {
                throw new IllegalArgumentException("app " + name + ": field " + f.name() + " is declared twice");
            }
        }
    }

    public static Builder builder(String name, int version, int stateSize) {
        return new Builder(name, version, stateSize);
    }

    /**
     * A builder whose state size and fields come from {@code layout}: the layout is written
     * once, in the {@link StateLayout.Builder} calls.
     */
    public static Builder builder(String name, int version, StateLayout layout) {
        Builder b = new Builder(name, version, layout.size());
        layout.fields().forEach(b::field);
        return b;
    }

    public Optional<EventType> eventType(String eventName) {
        return eventTypes.stream().filter(t -> t.name().equals(eventName)).findFirst();
    }

    /** The event type with this code; throws {@link IllegalArgumentException} for an unknown code. */
    public EventType eventType(int code) {
        if (code < 0 || code >= eventTypes.size()) {
            throw new IllegalArgumentException("app " + name + " has no event type " + code);
        }
        return eventTypes.get(code);
    }

    /** Fluent construction of an {@link AppInfo}; event codes are assigned in order. */
    public static final class Builder {
        private final String name;
        private final int version;
        private final int stateSize;
        private final List<EventType> events = new ArrayList<>();
        private final List<StateField> fields = new ArrayList<>();

        private Builder(String name, int version, int stateSize) {
            this.name = name;
            this.version = version;
            this.stateSize = stateSize;
        }

        public Builder event(String eventName, Arg... args) {
            events.add(new EventType(events.size(), eventName, List.of(args)));
            return this;
        }

        public Builder field(StateField field) {
            fields.add(field);
            return this;
        }

        public AppInfo build() {
            return new AppInfo(name, version, stateSize, events, fields);
        }
    }
}
